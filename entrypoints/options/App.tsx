/** The options page: the sites Pith runs on by itself, each removable, and "pause on all sites".
 * Every change goes through the background, which owns the settings and the permissions. */
import { useEffect, useState } from 'preact/hooks';
import { OptionsView, type OptionsState } from '../../components/OptionsView';
import { sendMessage } from '../../extension/messages';
import { RulesSection } from '../../components/rules/RulesSection';
import { useRulesSection } from './use-rules';

export function App() {
  const [state, setState] = useState<OptionsState>({ status: 'loading' });
  const rules = useRulesSection();

  const load = (note: string | null = null) =>
    sendMessage('listSites').then(
      ({ sites, pausedAll }) => setState({ status: 'ready', sites, pausedAll, note }),
      (error: unknown) => setState({ status: 'error', message: `Pith could not read its settings: ${String(error)}` }),
    );

  useEffect(() => void load(), []);

  const apply = (change: Promise<{ ok: boolean; message?: string }>) =>
    change.then(
      (result) => load(result.ok ? null : (result.message ?? null)),
      (error: unknown) => load(`Pith could not change this setting: ${String(error)}`),
    );

  return (
    <OptionsView
      state={state}
      onRemove={(domain) => apply(sendMessage('disableSite', { domain }))}
      onPauseAll={(paused) => apply(sendMessage('setPausedAll', { paused }))}
    >
      <RulesSection state={rules.state} onDelete={rules.onDelete} onExport={rules.onExport} onImport={rules.onImport} />
    </OptionsView>
  );
}
