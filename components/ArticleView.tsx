/** The article as Pith shows it: header facts, takeaways box, lead image, clean body. */
import { useMemo, useState } from 'preact/hooks';
import type { Article, RemovedBlock } from '../core/article';
import { RULES_STRINGS } from './rules/strings';
import type { ArticleSource } from '../extension/article-cache';
import { formatDate } from '../core/format';
import { hostOf } from '../core/dom';
import { sanitizeHtml } from '../core/sanitize';
import { TakeawaysBox } from './TakeawaysBox';
import { CopyButtons } from './CopyButtons';
import { WarningBanner } from './WarningBanner';
import { hasImages, placeholderLabel, withImagePlaceholders } from './images-on-request';

// The original page sits right behind the popup: closing the popup shows it.
const closePopup = () => window.close();

interface Props {
  article: Article;
  /** Who read it; per-site mode's auto-run is said so the user knows the page was cleaned by itself. */
  readBy?: ArticleSource;
  onShowOriginal?: () => void;
  /** Offers "Always keep on <site>" for each removed block Pith has a selector for. */
  keep?: KeepAction;
}

export interface KeepAction {
  site: string;
  onKeep: (block: RemovedBlock) => void;
}

export function ArticleView({ article, readBy, onShowOriginal = closePopup, keep }: Props) {
  // The HTML came from a web page: sanitize it again here, in the extension page, before showing it.
  const bodyHtml = useMemo(() => sanitizeHtml(window, article.contentHtml), [article.contentHtml]);
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
      {article.removed.length > 0 && (
        <details class="removed">
          <summary>Pith removed {article.removed.length} blocks from this page</summary>
          <ul>
            {article.removed.map((block) => (
              <li>
                <strong>{block.reason}</strong>
                {block.text && <span>: {block.text}</span>}
                {keep && block.selector && (
                  <>
                    {' '}
                    <button type="button" class="link-button keep-block" data-keep-selector={block.selector} onClick={() => keep.onKeep(block)}>
                      {RULES_STRINGS.keepButton(keep.site)}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
