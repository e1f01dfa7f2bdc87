/** The article as Pith shows it: header facts, takeaways box, lead image, clean body. */
import { useMemo } from 'preact/hooks';
import type { Article } from '../core/article';
import type { ArticleSource } from '../extension/article-cache';
import { formatDate } from '../core/format';
import { sanitizeHtml } from '../core/sanitize';
import { TakeawaysBox } from './TakeawaysBox';
import { CopyButtons } from './CopyButtons';
import { WarningBanner } from './WarningBanner';

// The original page sits right behind the popup: closing the popup shows it.
const closePopup = () => window.close();

interface Props {
  article: Article;
  /** Who read it; per-site mode's auto-run is said so the user knows the page was cleaned by itself. */
  readBy?: ArticleSource;
  onShowOriginal?: () => void;
}

export function ArticleView({ article, readBy, onShowOriginal = closePopup }: Props) {
  // The HTML came from a web page: sanitize it again here, in the extension page, before showing it.
  const bodyHtml = useMemo(() => sanitizeHtml(window, article.contentHtml), [article.contentHtml]);
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
      {article.leadImage && (
        <figure class="lead-image">
          <img src={article.leadImage.src} alt={article.leadImage.alt} referrerpolicy="no-referrer" />
          {article.leadImage.caption && <figcaption>{article.leadImage.caption}</figcaption>}
        </figure>
      )}
      <div class="article-body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      {article.removed.length > 0 && (
        <details class="removed">
          <summary>Pith removed {article.removed.length} blocks from this page</summary>
          <ul>
            {article.removed.map((block) => (
              <li>
                <strong>{block.reason}</strong>
                {block.text && <span>: {block.text}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
