/** The popup: asks the active tab for its article and shows whatever comes back, with the
 * per-site switch above it on web pages. */
import { useEffect, useState } from 'preact/hooks';
import { PopupView, type PopupState } from '../../components/PopupView';
import { SiteSwitch } from '../../components/SiteSwitch';
import { readTab, targetTab, type TargetTab } from './read-active-tab';
import { useSiteSwitch } from './use-site-switch';
import { restrictedPageMessage } from './restricted-pages';
import { rulesForTab, useRules } from './use-rules';
import { HideSomething } from '../../components/rules/HideSomething';

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
      {/* Not on pages browsers protect (the extension stores): Pith could never run there. */}
      {site && !restrictedPageMessage(tab?.url) && <SiteSwitch site={site} onChange={changeSite} />}
      <PopupView state={state} onTryAnyway={() => read(tab, true)} keep={rules.site ? { site: rules.site, onKeep: rules.keep } : undefined} />
      {rules.site && (state.status === 'article' || state.status === 'problem') && <HideSomething onStart={rules.startPicker} note={rules.note} />}
    </>
  );
}
