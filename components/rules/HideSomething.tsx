/** The popup's "Hide something Pith missed": starts the picker on the page (the popup then closes). */
import { i18n } from '../../extension/i18n';

interface Props {
  onStart: () => void;
  /** Why the picker could not start, if it could not. */
  note: string | null;
}

export function HideSomething({ onStart, note }: Props) {
  return (
    <div class="hide-something">
      <button
        type="button"
        class="link-button"
        data-hide-something
        title={i18n.t('rules.hideSomethingHelp')}
        onClick={onStart}
      >
        {i18n.t('rules.hideSomething')}
      </button>
      {note && (
        <p class="hide-something-note" role="alert">
          {note}
        </p>
      )}
    </div>
  );
}
