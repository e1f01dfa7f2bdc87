/** The popup's "Hide something Pith missed": starts the picker on the page (the popup then closes). */
import { RULES_STRINGS as S } from './strings';

interface Props {
  onStart: () => void;
  /** Why the picker could not start, if it could not. */
  note: string | null;
}

export function HideSomething({ onStart, note }: Props) {
  return (
    <div class="hide-something">
      <button type="button" class="link-button" data-hide-something title={S.hideButtonHelp} onClick={onStart}>
        {S.hideButton}
      </button>
      {note && (
        <p class="hide-something-note" role="alert">
          {note}
        </p>
      )}
    </div>
  );
}
