/** The popup: asks the active tab for its article and shows whatever comes back in its <main>,
 * with a live region announcing the article, and the per-site switch in a footer row on pages
 * where turning Pith on makes sense (an article or a page of a site that is not one). */
import { useEffect, useState } from 'preact/hooks';
import { announcement, PopupView, type PopupState } from '../../components/PopupView';
import { SiteSwitch } from '../../components/SiteSwitch';
import { siteOf } from '../../extension/site';
import { readTab, targetTab, type TargetTab } from './read-active-tab';
import { useSiteSwitch } from './use-site-switch';
import { restrictedPageMessage } from './restricted-pages';
import { rulesForTab, useRules } from './use-rules';
import { HideSomething } from '../../components/rules/HideSomething';

/** Not while loading, nor on an empty, broken, error or protected page: nothing to run on there.
 * A web page Pith was refused only for want of access (no toolbar press yet, as in Firefox's
 * popup-in-a-tab) keeps it: turning the site on is what gives that access. */
export function offersSiteSwitch(state: PopupState, url: string | undefined): boolean {
  if (restrictedPageMessage(url)) return false;
  if (state.status === 'restricted') return !!url && /^https?:/i.test(url);
  return state.status === 'article' || (state.status === 'problem' && state.problem.kind === 'not-article');
}
import { openReader } from '../../extension/open-reader';

export function App() {
  const [tab, setTab] = useState<TargetTab | undefined>(undefined);
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [site, changeSite] = useSiteSwitch(tab);

  const read = (forTab: TargetTab | undefined, force: boolean) => {
    setState({ status: 'loading' });
    rulesForTab(forTab)
      .then((rules) => readTab(forTab, { force, rules }))
      .then(setState);
  };
  const rules = useRules(tab, () => read(tab, false));

  useEffect(() => {
    targetTab()
      .catch(() => undefined)
      .then((found) => {
        setTab(found);
        read(found, false);
      });
  }, []);

  return (
    <>
      <main class="popup-main">
        {/* In the page from the start, so that its change is announced when the article arrives. */}
        <p class="visually-hidden" role="status" data-announce>
          {announcement(state)}
        </p>
        <PopupView
          state={state}
          onTryAnyway={() => read(tab, true)}
          site={siteOf(tab?.url)?.domain ?? null}
          keep={rules.site ? { site: rules.site, onKeep: rules.keep } : undefined}
          // The reader tab takes the article from the per-tab cache this popup just filled.
          onOpenReader={tab ? () => void openReader(tab).then(() => window.close()) : undefined}
        />
        {rules.site && (state.status === 'article' || state.status === 'problem') && (
          <HideSomething onStart={rules.startPicker} note={rules.note} />
        )}
      </main>
      {site && offersSiteSwitch(state, tab?.url) && (
        <footer class="popup-footer">
          <SiteSwitch site={site} onChange={changeSite} />
        </footer>
      )}
    </>
  );
}
