/** The reader tab's article: the same ArticleView as the popup, with the toolbar, Listen, a table of
 * contents, reading progress, and the removed blocks that Show puts back in place. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../../core/article';
import { sanitizeHtml } from '../../core/sanitize';
import type { ArticleSource } from '../../extension/article-cache';
import type { ReaderPrefs } from '../../extension/reader-prefs';
import { ArticleView } from '../ArticleView';
import { RemovedList } from '../RemovedList';
import { Listen } from './Listen';
import { ReaderToolbar } from './ReaderToolbar';
import { canRestore, withRestoredBlocks } from './restore-blocks';
import { i18n } from '../../extension/i18n';
import { withHeadingIds } from './toc';

interface Props {
  article: Article;
  readBy?: ArticleSource;
  prefs: ReaderPrefs;
  onPrefs: (prefs: ReaderPrefs) => void;
  /** A message about the settings (one could not be saved), shown under the toolbar. */
  notice?: string | null;
  /** Share of the article scrolled (0–1): where the user was, and each change. */
  initialPosition: number | null;
  onPosition: (share: number) => void;
}

function scrolledShare(): number {
  const range = document.documentElement.scrollHeight - innerHeight;
  return range > 0 ? Math.min(1, Math.max(0, scrollY / range)) : 0;
}

export function ReaderView({ article, readBy, prefs, onPrefs, notice, initialPosition, onPosition }: Props) {
  // Sanitized again here, in the extension page (ArticleView gets it ready-made).
  const sanitized = useMemo(() => sanitizeHtml(window, article.contentHtml), [article.contentHtml]);
  const restorable = useMemo(
    () => new Set(article.removed.flatMap((block, index) => (canRestore(document, sanitized, block) ? [index] : []))),
    [article.removed, sanitized],
  );
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  const { html, toc } = useMemo(
    () => withHeadingIds(document, withRestoredBlocks(window, sanitized, article.removed, shown)),
    [sanitized, article.removed, shown],
  );
  const [progress, setProgress] = useState(0);
  const main = useRef<HTMLElement>(null);

  const toggle = (index: number) =>
    setShown((before) => {
      const next = new Set(before);
      if (!next.delete(index)) next.add(index);
      return next;
    });

  // The Hide button inside a restored block is body HTML, not a component: one listener for all.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('[data-pith-hide]');
      if (button) toggle(Number(button.getAttribute('data-pith-hide')));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  // Back to where the user was in this article this session, then follow the scrolling.
  useEffect(() => {
    if (initialPosition) scrollTo(0, initialPosition * (document.documentElement.scrollHeight - innerHeight));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      setProgress(scrolledShare());
      clearTimeout(timer);
      timer = setTimeout(() => onPosition(scrolledShare()), 250);
    };
    setProgress(scrolledShare());
    addEventListener('scroll', onScroll, { passive: true });
    return () => (clearTimeout(timer), removeEventListener('scroll', onScroll));
  }, []);

  const percent = Math.round(progress * 100);
  return (
    <>
      <div
        class="reader-progress"
        role="progressbar"
        aria-label={i18n.t('reader.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div class="reader-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <header class="reader-top">
        <ReaderToolbar prefs={prefs} onChange={onPrefs} />
        {notice && (
          <p class="reader-notice" role="status">
            {notice}
          </p>
        )}
        <Listen
          root={() => main.current}
          lang={article.lang}
          rate={prefs.rate}
          onRate={(rate) => onPrefs({ ...prefs, rate })}
        />
      </header>
      <div class="reader-layout">
        {toc.length > 0 && (
          <nav class="reader-toc" aria-labelledby="reader-toc-title">
            <h2 id="reader-toc-title">{i18n.t('reader.contents')}</h2>
            <ol>
              {toc.map((entry) => (
                <li class={`toc-depth-${entry.depth}`}>
                  <a href={`#${entry.id}`}>{entry.text}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <main class="reader-main" ref={main}>
          <ArticleView
            article={article}
            readBy={readBy}
            bodyHtml={html}
            onShowOriginal={() => window.close()}
            removedList={
              <RemovedList
                removed={article.removed}
                open
                restore={{ shown, canRestore: (index) => restorable.has(index), onToggle: toggle }}
              />
            }
          />
        </main>
      </div>
    </>
  );
}
