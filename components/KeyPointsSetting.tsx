/** The options page's "Key points" section: one checkbox for generated key points (the
 * publisher's takeaways are part of the article and always shown). */
import { i18n } from '../extension/i18n';

export interface KeyPointsSettingState {
  shown: boolean;
  /** Why the last change did not happen, in words for the user. */
  note: string | null;
}

export function KeyPointsSetting({
  state,
  onChange,
}: {
  state: KeyPointsSettingState;
  onChange: (shown: boolean) => void;
}) {
  return (
    <section class="key-points-setting">
      <h2>{i18n.t('keyPoints.heading')}</h2>
      <label class="pause-all">
        <input
          type="checkbox"
          checked={state.shown}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        {i18n.t('keyPoints.settingLabel')}
      </label>
      {state.note && (
        <p class="options-note" role="alert">
          {state.note}
        </p>
      )}
    </section>
  );
}
