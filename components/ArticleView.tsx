/** The article as Pith shows it: header facts, takeaways box, lead image, clean body. */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { i18n } from '../extension/i18n';
import type { Article } from '../core/article';
import type { ArticleSource } from '../extension/article-cache';
import { formatDate } from '../core/format';
import { hostOf } from '../core/dom';
import { sanitizeHtml } from '../core/sanitize';
import { siteOf } from '../extension/site';
import { TakeawaysBox } from './TakeawaysBox';
import { KeyPointsBox } from './KeyPointsBox';
import { useKeyPoints } from './use-key-points';
import { generatedKeyPoints } from '../core/key-points';
import { CopyButtons } from './CopyButtons';
import { WarningBanner } from './WarningBanner';
import { countImages, placeholderLabel, withImagePlaceholders } from './images-on-request';
import { relevelHeadings } from './body-headings';
import { ImagesNotice } from './ImagesNotice';
import { useAutoImages } from './use-auto-images';
import { RemovedList, type KeepAction } from './RemovedList';

// The original page sits right behind the popup: closing the popup shows it.
const closePopup = () => window.close();

interface Props {
  article: Article;
  /** Who read it; per-site mode's auto-run is said so the user knows the page was cleaned by itself. */
  readBy?: ArticleSource;
  onShowOriginal?: () => void;
  /** The site "Load pictures automatically" is chosen for: the tab's (the popup knows it), else the article's. */
  site?: string | null;
  /** Offers "Always keep on <site>" for each removed block Pith has a selector for. */
  keep?: KeepAction;
  /** The popup: its primary button, opening the reader tab. */
  onOpenReader?: () => void;
  /** The reader tab: the body already sanitized and prepared (restored blocks, heading ids). */
  bodyHtml?: string;
  /** The reader tab: its own "removed" list (with Show / Hide) in place of the popup's. */
  removedList?: ComponentChildren;
}

export type { KeepAction };

export function ArticleView({
  article,
  readBy,
  onShowOriginal = closePopup,
  site,
  keep,
  onOpenReader,
  bodyHtml: preparedHtml,
  removedList,
}: Props) {
  // The HTML came from a web page: sanitize it again here, in the extension page, before showing it
  // (the reader tab passes its own, sanitized there).
  const sanitizedHtml = useMemo(
    () => (preparedHtml === undefined ? relevelHeadings(document, sanitizeHtml(window, article.contentHtml)) : ''),
    [article.contentHtml, preparedHtml],
  );
  const bodyHtml = preparedHtml ?? sanitizedHtml;
  const domain = site !== undefined ? site : (siteOf(article.url)?.domain ?? null);
  const autoImages = useAutoImages(domain);
  const [clicked, setClicked] = useState(false);
  const showImages = clicked || autoImages.auto;
  const lead = article.leadImage;
  const pictureCount = (lead ? 1 : 0) + countImages(bodyHtml);
  const shownHtml = useMemo(
    () => (showImages ? bodyHtml : withImagePlaceholders(document, bodyHtml, lead ? 1 : 0)),
    [bodyHtml, showImages, lead],
  );
  const imageSource = article.siteName ?? (hostOf(article.url) || i18n.t('images.theSite'));
  const date = formatDate(article.publishedTime);
  const shown = useKeyPoints(article);
  const generated = generatedKeyPoints(shown.keyPoints);
  return (
    <article class="article" data-read-by={readBy} lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <header class="article-header">
        {article.siteName && <p class="site-name">{article.siteName}</p>}
        <h1 class="article-title">{article.title}</h1>
        <div class="article-bar">
          <p class="article-meta">
            {article.byline && <span class="byline">{article.byline}</span>}
            {date && (
              <time class="published" dateTime={article.publishedTime ?? undefined}>
                {date}
              </time>
            )}
            <span class="reading-time">{i18n.t('article.readingTime', [article.readingMinutes])}</span>
          </p>
          {onOpenReader && (
            <button type="button" class="button open-reader" data-open-reader onClick={onOpenReader}>
              {i18n.t('reader.openInReader')}
            </button>
          )}
          <CopyButtons article={{ ...article, keyPoints: shown.keyPoints }} />
        </div>
      </header>
      {article.warning && <WarningBanner warning={article.warning} onShowOriginal={onShowOriginal} />}
      {article.takeaways && <TakeawaysBox takeaways={article.takeaways} />}
      {generated && (
        <KeyPointsBox keyPoints={generated} summarizer={shown.summarizer} onDownload={shown.startDownload} />
      )}
      {pictureCount > 0 && (
        <ImagesNotice
          count={pictureCount}
          shown={showImages}
          source={imageSource}
          domain={domain}
          auto={autoImages}
          onShow={() => setClicked(true)}
        />
      )}
      {lead && (
        <figure class="lead-image">
          {showImages ? (
            <img src={lead.src} alt={lead.alt} referrerpolicy="no-referrer" />
          ) : (
            <span class="image-placeholder">
              <span class="image-placeholder-shape" aria-hidden="true" />
              <span class="image-placeholder-label">
                {placeholderLabel({ alt: lead.alt, caption: lead.caption }, 1, pictureCount)}
              </span>
            </span>
          )}
          {lead.caption && <figcaption>{lead.caption}</figcaption>}
        </figure>
      )}
      <div class="article-body" dangerouslySetInnerHTML={{ __html: shownHtml }} />
      {removedList ?? <RemovedList removed={article.removed} keep={keep} />}
    </article>
  );
}
