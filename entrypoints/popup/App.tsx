/** The popup: asks the active tab for its article and shows whatever comes back, with the
 * per-site switch above it on web pages. */
import { useEffect, useState } from 'preact/hooks';
import { PopupView, type PopupState } from '../../components/PopupView';
import { SiteSwitch } from '../../components/SiteSwitch';
import { readTab, targetTab, type TargetTab } from './read-active-tab';
import { useSiteSwitch } from './use-site-switch';
import { restrictedPageMessage } from './restricted-pages';
import { openReader } from '../../extension/open-reader';

export function App() {
  const [tab, setTab] = useState<TargetTab | undefined>(undefined);
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [site, changeSite] = useSiteSwitch(tab);

  const read = (forTab: TargetTab | undefined, force: boolean) => {
    setState({ status: 'loading' });
    readTab(forTab, { force }).then(setState);
  };

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
      {/* Not on pages browsers protect (the extension stores): Pith could never run there. */}
      {site && !restrictedPageMessage(tab?.url) && <SiteSwitch site={site} onChange={changeSite} />}
      <PopupView
        state={state}
        onTryAnyway={() => read(tab, true)}
        // The reader tab takes the article from the per-tab cache this popup just filled.
        onOpenReader={tab ? () => void openReader(tab).then(() => window.close()) : undefined}
      />
    </>
  );
}
