/** Says plainly when what Pith found may not be the story, with a way back to the page itself.
 * Not a live region: the popup's announcement already says it along with the article's title. */
import { i18n } from '../extension/i18n';
import type { ExtractionWarning } from '../core/article';
import { warningMessage } from './problem-messages';

export function WarningBanner({ warning, onShowOriginal }: { warning: ExtractionWarning; onShowOriginal: () => void }) {
  return (
    <div class="warning" role="note" data-warning={warning.kind}>
      <p class="warning-message">{warningMessage(warning.kind)}</p>
      <button type="button" class="button button-secondary" onClick={onShowOriginal}>
        {i18n.t('warning.showOriginal')}
      </button>
    </div>
  );
}
