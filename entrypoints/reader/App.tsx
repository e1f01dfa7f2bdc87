/** The reader tab (reader.html?tab=<id>): the article of one page's tab, from the per-tab cache
 * when the popup or per-site mode has read it, else read now the same way the popup reads (under
 * the activeTab grant of the click, key press or menu item that opened this tab), then cached. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type PopupState } from '../../components/PopupView';
import { ReaderView } from '../../components/reader/ReaderView';
import { i18n } from '../../extension/i18n';
import {
  DEFAULT_READER_PREFS,
  readReaderPrefs,
  saveReaderPrefs,
  watchReaderPrefs,
  type ReaderPrefs,
} from '../../extension/reader-prefs';
import { readPosition, savePosition } from '../../extension/reader-position';
import { readTab, type TargetTab } from '../popup/read-active-tab';

/** The tab named in the address; test-only builds (mode "e2e") may name it by URL, as the popup does. */
async function sourceTab(): Promise<TargetTab | 'none' | 'gone'> {
  const params = new URLSearchParams(location.search);
  const target = import.meta.env.MODE === 'e2e' ? params.get('target') : null;
  if (target) return (await browser.tabs.query({})).find((tab) => tab.url === target) ?? 'gone';
  const id = Number(params.get('tab'));
  if (!Number.isInteger(id) || id < 0 || !params.get('tab')) return 'none';
  return browser.tabs.get(id).catch(() => 'gone' as const);
}

/** The prefs on the page itself: data attributes that reader.css reads (theme on the root, so the
 * page background follows). */
function applyPrefs(prefs: ReaderPrefs): void {
  const root = document.documentElement;
  root.dataset.theme = prefs.theme;
  root.dataset.font = prefs.font;
  root.dataset.width = prefs.width;
  root.dataset.spacing = prefs.spacing;
  root.style.setProperty('--reader-size', `${prefs.size}px`);
}

export function App() {
  const [tab, setTab] = useState<TargetTab | undefined>(undefined);
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [prefs, setPrefs] = useState<ReaderPrefs | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [position, setPosition] = useState<number | null | undefined>(undefined);

  const read = (forTab: TargetTab, force: boolean) => {
    setState({ status: 'loading' });
    readTab(forTab, { force }).then(setState);
  };

  useEffect(() => {
    readReaderPrefs().then((stored) => (applyPrefs(stored), setPrefs(stored)));
    const unwatch = watchReaderPrefs((changed) => (applyPrefs(changed), setPrefs(changed)));
    sourceTab()
      .catch(() => 'gone' as const)
      .then((found) => {
        if (found === 'none') return setState({ status: 'error', message: i18n.t('reader.noTab') });
        if (found === 'gone') return setState({ status: 'error', message: i18n.t('reader.tabGone') });
        setTab(found);
        read(found, false);
      });
    return unwatch;
  }, []);

  const article = state.status === 'article' ? state.article : null;
  useEffect(() => {
    if (!article) return;
    document.title = `${article.title} — Pith`;
    readPosition(article.url).then(setPosition, () => setPosition(null));
  }, [article]);

  const changePrefs = (next: ReaderPrefs) => {
    applyPrefs(next);
    setPrefs(next);
    saveReaderPrefs(next).then(
      () => setNotice(null),
      () => setNotice(i18n.t('reader.saveFailed')),
    );
  };

  if (state.status !== 'article' || !article) {
    return (
      <main class="reader-main reader-status">
        <PopupView state={state} onTryAnyway={() => tab && read(tab, true)} />
      </main>
    );
  }
  // Wait for the stored position so the page opens where the user left it.
  if (position === undefined) return null;
  return (
    <ReaderView
      key={article.url}
      article={article}
      readBy={state.readBy}
      prefs={prefs ?? DEFAULT_READER_PREFS}
      onPrefs={changePrefs}
      notice={notice}
      initialPosition={position}
      onPosition={(share) => void savePosition(article.url, share)}
    />
  );
}
