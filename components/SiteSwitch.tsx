/** The popup's per-site switch, in its footer row: "Run automatically on ksl.com", one line saying
 * what that does, and a line saying why it is off when the browser declined access or a change
 * could not be saved. */
import { i18n } from '../extension/i18n';
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
  if (state === 'paused') return i18n.t('site.paused');
  if (state === 'no-access') return i18n.t('site.noAccess', [domain]);
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
          aria-describedby="site-switch-explain"
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>{i18n.t('site.label', [site.domain])}</span>
      </label>
      <p class="site-switch-explain" id="site-switch-explain">
        {i18n.t('site.explain', [site.domain])}
      </p>
      {note && (
        <p class="site-switch-note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
