/** The options page as a pure function of its state (tested without a browser). */
import { i18n } from '../extension/i18n';
import type { ComponentChildren } from 'preact';
import type { SiteState, SiteStatus } from '../extension/site-access';
import { KeyPointsSetting, type KeyPointsSettingState } from './KeyPointsSetting';
import type { AutoImages } from '../extension/settings';
import type { PlainMessageKey } from './i18n-keys';

export type OptionsState =
  | { status: 'loading' }
  | { status: 'ready'; sites: SiteStatus[]; pausedAll: boolean; note: string | null; autoImages: AutoImages }
  | { status: 'error'; message: string };

interface Props {
  state: OptionsState;
  onRemove: (domain: string) => void;
  onPauseAll: (paused: boolean) => void;
  /** The key points setting, once read. */
  keyPoints?: KeyPointsSettingState | null;
  onKeyPoints?: (shown: boolean) => void;
  onAutoImages: (everywhere: boolean) => void;
  /** Further sections of the page (the user's own rules). */
  children?: ComponentChildren;
}

const STATE_LABELS: Record<SiteState, PlainMessageKey> = {
  on: 'options.stateOn',
  paused: 'options.statePaused',
  'no-access': 'options.stateNoAccess',
};

const checked = (event: Event) => (event.currentTarget as HTMLInputElement).checked;

export function OptionsView({
  state,
  onRemove,
  onPauseAll,
  onAutoImages,
  keyPoints,
  onKeyPoints = () => {},
  children,
}: Props) {
  return (
    <main class="options">
      <h1>Pith</h1>
      {state.status === 'loading' && <p role="status">{i18n.t('options.loading')}</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && (
        <>
          {state.note && (
            <p class="options-note" role="alert">
              {state.note}
            </p>
          )}
          <section aria-labelledby="sites-heading">
            <h2 id="sites-heading">{i18n.t('options.sitesHeading')}</h2>
            <label class="option-check pause-all">
              <input type="checkbox" checked={state.pausedAll} onChange={(event) => onPauseAll(checked(event))} />
              {i18n.t('options.pauseAll')}
            </label>
            {state.sites.length === 0 ? (
              <p class="options-empty">{i18n.t('options.empty')}</p>
            ) : (
              <ul class="site-list">
                {state.sites.map((site) => (
                  <li class="site-row" data-domain={site.domain} data-state={site.state}>
                    <span class="site-domain">{site.domain}</span>
                    <span class={`site-state site-state-${site.state}`}>{i18n.t(STATE_LABELS[site.state])}</span>
                    <button
                      type="button"
                      class="button button-secondary"
                      aria-label={i18n.t('options.removeLabel', [site.domain])}
                      onClick={() => onRemove(site.domain)}
                    >
                      {i18n.t('options.remove')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <p class="options-help">{i18n.t('options.help')}</p>
          </section>
          <section aria-labelledby="pictures-heading">
            <h2 id="pictures-heading">{i18n.t('options.picturesHeading')}</h2>
            <label class="option-check">
              <input
                type="checkbox"
                data-auto-images-everywhere
                checked={state.autoImages.everywhere}
                aria-describedby="auto-images-help"
                onChange={(event) => onAutoImages(checked(event))}
              />
              {i18n.t('options.autoImages')}
            </label>
            <p class="options-help" id="auto-images-help">
              {i18n.t('options.autoImagesHelp')}
            </p>
            {state.autoImages.sites.length > 0 && (
              <p class="options-help">{i18n.t('options.autoImagesSites', [state.autoImages.sites.join(', ')])}</p>
            )}
          </section>
        </>
      )}
      {keyPoints && <KeyPointsSetting state={keyPoints} onChange={onKeyPoints} />}
      {children}
    </main>
  );
}
