/** The article as Pith shows it: header facts, takeaways box, lead image, clean body. */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Article } from '../core/article';
import type { ArticleSource } from '../extension/article-cache';
import { formatDate } from '../core/format';
import { hostOf } from '../core/dom';
import { sanitizeHtml } from '../core/sanitize';
import { TakeawaysBox } from './TakeawaysBox';
import { CopyButtons } from './CopyButtons';
import { WarningBanner } from './WarningBanner';
import { hasImages, placeholderLabel, withImagePlaceholders } from './images-on-request';
import { RemovedList } from './RemovedList';
import { READER_STRINGS } from './reader/strings';

// The original page sits right behind the popup: closing the popup shows it.
const closePopup = () => window.close();

interface Props {
  article: Article;
  /** Who read it; per-site mode's auto-run is said so the user knows the page was cleaned by itself. */
  readBy?: ArticleSource;
  onShowOriginal?: () => void;
  /** The popup: its primary button, opening the reader tab. */
  onOpenReader?: () => void;
  /** The reader tab: the body already sanitized and prepared (restored blocks, heading ids). */
  bodyHtml?: string;
  /** The reader tab: its own "removed" list (with Show / Hide) in place of the popup's. */
  removedList?: ComponentChildren;
}

export function ArticleView({ article, readBy, onShowOriginal = closePopup, onOpenReader, bodyHtml: preparedHtml, removedList }: Props) {
  // The HTML came from a web page: sanitize it again here, in the extension page, before showing it.
  const sanitizedHtml = useMemo(() => (preparedHtml === undefined ? sanitizeHtml(window, article.contentHtml) : ''), [article.contentHtml, preparedHtml]);
  const bodyHtml = preparedHtml ?? sanitizedHtml;
  const [showImages, setShowImages] = useState(false);
  const shownHtml = useMemo(() => (showImages ? bodyHtml : withImagePlaceholders(document, bodyHtml)), [bodyHtml, showImages]);
  const imageSource = article.siteName ?? (hostOf(article.url) || 'the site');
  const date = formatDate(article.publishedTime);
  return (
    <article class="article" data-read-by={readBy} lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <header class="article-header">
        {article.siteName && <p class="site-name">{article.siteName}</p>}
        <h1 class="article-title">{article.title}</h1>
        <p class="article-meta">
          {article.byline && <span class="byline">{article.byline}</span>}
          {date && (
            <time class="published" dateTime={article.publishedTime ?? undefined}>
              {date}
            </time>
          )}
          <span class="reading-time">{article.readingMinutes} min read</span>
        </p>
        {onOpenReader && (
          <button type="button" class="button open-reader" data-open-reader onClick={onOpenReader}>
            {READER_STRINGS.openInReader}
          </button>
        )}
        <CopyButtons article={article} />
      </header>
      {article.warning && <WarningBanner warning={article.warning} onShowOriginal={onShowOriginal} />}
      {article.takeaways && <TakeawaysBox takeaways={article.takeaways} />}
      {!showImages && hasImages(bodyHtml, article.leadImage) && (
        <p class="images-off">
          Images are not loaded.{' '}
          <button type="button" class="link-button" data-show-images onClick={() => setShowImages(true)}>
            Show images
          </button>{' '}
          (loads them from {imageSource})
        </p>
      )}
      {article.leadImage && (
        <figure class="lead-image">
          {showImages ? (
            <img src={article.leadImage.src} alt={article.leadImage.alt} referrerpolicy="no-referrer" />
          ) : (
            <span class="image-placeholder">{placeholderLabel(article.leadImage.alt, article.leadImage.caption)}</span>
          )}
          {article.leadImage.caption && <figcaption>{article.leadImage.caption}</figcaption>}
        </figure>
      )}
      <div class="article-body" dangerouslySetInnerHTML={{ __html: shownHtml }} />
      {removedList ?? <RemovedList removed={article.removed} />}
    </article>
  );
}
