/** "Copy text" and "Copy Markdown", each with visible feedback. */
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../core/article';
import { formatCleanText } from '../core/format';
import { articleMarkdown } from '../core/to-markdown';
import { copyToClipboard } from './clipboard';
import { i18n } from '../extension/i18n';

type Feedback = { which: 'text' | 'markdown'; ok: boolean } | null;

const FEEDBACK_MS = 2000;

export function CopyButtons({ article }: { article: Article }) {
  const [feedback, setFeedback] = useState<Feedback>(null);

  useEffect(() => {
    if (!feedback) return;
    const timer = setTimeout(() => setFeedback(null), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  const copy = (which: 'text' | 'markdown') => {
    const text = which === 'text' ? formatCleanText(article) : articleMarkdown(article, window);
    copyToClipboard(text).then(
      () => setFeedback({ which, ok: true }),
      () => setFeedback({ which, ok: false }),
    );
  };

  const label = (which: 'text' | 'markdown', idle: string) =>
    feedback?.which === which ? (feedback.ok ? i18n.t('copy.copied') : i18n.t('copy.failed')) : idle;

  return (
    <div class="copy-buttons">
      <button type="button" class="button" data-copy="text" onClick={() => copy('text')}>
        {label('text', i18n.t('copy.text'))}
      </button>
      <button type="button" class="button button-secondary" data-copy="markdown" onClick={() => copy('markdown')}>
        {label('markdown', i18n.t('copy.markdown'))}
      </button>
      <span class="visually-hidden" role="status">
        {feedback ? (feedback.ok ? i18n.t('copy.copiedStatus') : i18n.t('copy.failed')) : ''}
      </span>
    </div>
  );
}
