/** Says plainly when what Pith found may not be the story, with a way back to the page itself. */
import type { ExtractionWarning } from '../core/article';

export function WarningBanner({ warning, onShowOriginal }: { warning: ExtractionWarning; onShowOriginal: () => void }) {
  return (
    <div class="warning" role="alert" data-warning={warning.kind}>
      <p class="warning-message">{warning.message}</p>
      <button type="button" class="button button-secondary" onClick={onShowOriginal}>
        Show original page
      </button>
    </div>
  );
}
