/** The popup's per-site switch: "Run automatically on ksl.com", with a line saying why it is off
 * when the browser declined access or a change could not be saved. */
import type { SiteState } from '../extension/site-access';

export interface SiteSwitchState {
  domain: string;
  /** The site's state, or null when Pith is not on for it. */
  state: SiteState | null;
  busy: boolean;
  /** Why the last change did not happen, or what the user should know. */
  note: string | null;
}

interface Props {
  site: SiteSwitchState;
  onChange: (on: boolean) => void;
}

function stateNote(state: SiteState | null, domain: string): string | null {
  if (state === 'paused') return 'Paused on all sites (see Pith’s options).';
  if (state === 'no-access') return `Access to ${domain} was removed in the browser. Turn the switch off and on to allow it again.`;
  return null;
}

export function SiteSwitch({ site, onChange }: Props) {
  const on = site.state !== null;
  const note = site.note ?? stateNote(site.state, site.domain);
  return (
    <div class="site-switch" data-site-state={site.state ?? 'off'}>
      <label class="site-switch-label">
        <input
          type="checkbox"
          role="switch"
          class="site-switch-input"
          checked={on}
          disabled={site.busy}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          Run automatically on <strong>{site.domain}</strong>
        </span>
      </label>
      {note && (
        <p class="site-switch-note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
