/** The options page as a pure function of its state (tested without a browser). */
import type { ComponentChildren } from 'preact';
import type { SiteState, SiteStatus } from '../extension/site-access';

export type OptionsState =
  | { status: 'loading' }
  | { status: 'ready'; sites: SiteStatus[]; pausedAll: boolean; note: string | null }
  | { status: 'error'; message: string };

interface Props {
  state: OptionsState;
  onRemove: (domain: string) => void;
  onPauseAll: (paused: boolean) => void;
  /** Further sections of the page (the user's own rules). */
  children?: ComponentChildren;
}

const STATE_LABELS: Record<SiteState, string> = {
  on: 'On',
  paused: 'Paused',
  'no-access': 'Access removed in the browser',
};

export function OptionsView({ state, onRemove, onPauseAll, children }: Props) {
  return (
    <main class="options">
      <h1>Pith</h1>
      <h2>Sites where Pith runs by itself</h2>
      {state.status === 'loading' && <p role="status">Loading…</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && (
        <>
          {state.note && (
            <p class="options-note" role="alert">
              {state.note}
            </p>
          )}
          <label class="pause-all">
            <input
              type="checkbox"
              checked={state.pausedAll}
              onChange={(event) => onPauseAll((event.currentTarget as HTMLInputElement).checked)}
            />
            Pause on all sites
          </label>
          {state.sites.length === 0 ? (
            <p class="options-empty">
              No sites yet. On a news site you read often, open Pith from the toolbar and turn on “Run automatically”.
            </p>
          ) : (
            <ul class="site-list">
              {state.sites.map((site) => (
                <li class="site-row" data-domain={site.domain} data-state={site.state}>
                  <span class="site-domain">{site.domain}</span>
                  <span class={`site-state site-state-${site.state}`}>{STATE_LABELS[site.state]}</span>
                  <button type="button" class="button button-secondary" onClick={() => onRemove(site.domain)}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p class="options-help">
            Pith has access only to the sites listed here. Removing a site gives that access back to the browser.
          </p>
        </>
      )}
      {children}
    </main>
  );
}
