/** Key points Pith or Chrome made for a page without a takeaways box, labelled by who made them;
 * the offer to summarize with Chrome's on-device model, and its progress. Standalone, so the popup
 * and the reader tab show the same box. (The publisher's own box is `TakeawaysBox`.) */
import { i18n } from '../extension/i18n';
import type { GeneratedKeyPoints } from '../core/key-points';
import type { PlainMessageKey } from './i18n-keys';
import type { SummarizerStep } from './use-key-points';
import './key-points.css';

const MADE_BY: Record<GeneratedKeyPoints['method'], PlainMessageKey> = {
  summarizer: 'keyPoints.madeBy.summarizer',
  extractive: 'keyPoints.madeBy.extractive',
};

interface Props {
  keyPoints: GeneratedKeyPoints;
  summarizer?: SummarizerStep;
  onDownload?: () => void;
}

function SummarizerLine({ summarizer, onDownload }: { summarizer: SummarizerStep; onDownload?: () => void }) {
  switch (summarizer.step) {
    case 'offer':
      return (
        <div class="key-points-offer">
          <button type="button" class="button button-secondary" data-summarize onClick={onDownload}>
            {i18n.t('keyPoints.offerButton')}
          </button>
          <p class="key-points-note">{i18n.t('keyPoints.offerNote')}</p>
        </div>
      );
    case 'downloading': {
      const percent = Math.round(summarizer.loaded * 100);
      const label = i18n.t('keyPoints.downloading', [percent]);
      return (
        <p class="key-points-progress" role="status">
          <progress max={100} value={percent} aria-label={label} /> {label}
        </p>
      );
    }
    case 'summarizing':
      return (
        <p class="key-points-note" role="status">
          {i18n.t('keyPoints.summarizing')}
        </p>
      );
    case 'failed':
      return (
        <p class="key-points-note" role="status">
          {i18n.t('keyPoints.failed')}
        </p>
      );
    default:
      return null;
  }
}

export function KeyPointsBox({ keyPoints, summarizer = { step: 'none' }, onDownload }: Props) {
  return (
    <aside class="key-points" aria-labelledby="key-points-heading" data-method={keyPoints.method}>
      <div class="key-points-box">
        <h2 id="key-points-heading" class="key-points-heading">
          {i18n.t('keyPoints.heading')}
        </h2>
        <ul class="key-points-list">
          {keyPoints.items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      </div>
      <p class="key-points-made-by">{i18n.t(MADE_BY[keyPoints.method])}</p>
      <SummarizerLine summarizer={summarizer} onDownload={onDownload} />
    </aside>
  );
}
