/** The options page: the sites Pith runs on by itself, each removable, and "pause on all sites".
 * Every change goes through the background, which owns the settings and the permissions. */
import { useEffect, useState } from 'preact/hooks';
import { OptionsView, type OptionsState } from '../../components/OptionsView';
import { sendMessage } from '../../extension/messages';
import type { KeyPointsSettingState } from '../../components/KeyPointsSetting';
import { readGeneratedKeyPoints, setGeneratedKeyPoints } from '../../extension/settings';

export function App() {
  const [state, setState] = useState<OptionsState>({ status: 'loading' });

  const load = (note: string | null = null) =>
    sendMessage('listSites').then(
      ({ sites, pausedAll }) => setState({ status: 'ready', sites, pausedAll, note }),
      (error: unknown) => setState({ status: 'error', message: `Pith could not read its settings: ${String(error)}` }),
    );

  useEffect(() => void load(), []);

  // The key points setting is a display choice the options page writes itself (no permission or
  // tab to keep in step); read back after each change, so the box shows what is stored.
  const [keyPoints, setKeyPoints] = useState<KeyPointsSettingState | null>(null);
  const loadKeyPoints = (note: string | null = null) => readGeneratedKeyPoints().then((shown) => setKeyPoints({ shown, note }));
  useEffect(() => void loadKeyPoints(), []);
  const changeKeyPoints = (shown: boolean) =>
    setGeneratedKeyPoints(shown).then(
      () => loadKeyPoints(),
      (error: unknown) => loadKeyPoints(`Pith could not change this setting: ${error instanceof Error ? error.message : String(error)}`),
    );

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
      keyPoints={keyPoints}
      onKeyPoints={changeKeyPoints}
    />
  );
}
