/** The options page: the sites Pith runs on by itself, each removable, "pause on all sites", and
 * "load pictures automatically". Site changes go through the background, which owns the settings
 * and the permissions; the picture setting needs no permission and is written here
 * (extension/settings.ts validates it either way). */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../extension/i18n';
import { OptionsView, type OptionsState } from '../../components/OptionsView';
import { sendMessage } from '../../extension/messages';
import type { KeyPointsSettingState } from '../../components/KeyPointsSetting';
import { readGeneratedKeyPoints, setGeneratedKeyPoints } from '../../extension/settings';
import { readAutoImages, setAutoImagesEverywhere } from '../../extension/settings';
import { RulesSection } from '../../components/rules/RulesSection';
import { useRulesSection } from './use-rules';

export function App() {
  const [state, setState] = useState<OptionsState>({ status: 'loading' });
  const rules = useRulesSection();

  const load = (note: string | null = null) =>
    Promise.all([sendMessage('listSites'), readAutoImages()]).then(
      ([{ sites, pausedAll }, autoImages]) => setState({ status: 'ready', sites, pausedAll, note, autoImages }),
      (error: unknown) => {
        console.warn('Pith could not read its settings:', error);
        setState({ status: 'error', message: i18n.t('options.readFailed') });
      },
    );

  useEffect(() => void load(), []);

  // The key points setting is a display choice the options page writes itself (no permission or
  // tab to keep in step); read back after each change, so the box shows what is stored.
  const [keyPoints, setKeyPoints] = useState<KeyPointsSettingState | null>(null);
  const loadKeyPoints = (note: string | null = null) =>
    readGeneratedKeyPoints().then((shown) => setKeyPoints({ shown, note }));
  useEffect(() => void loadKeyPoints(), []);
  const changeKeyPoints = (shown: boolean) =>
    setGeneratedKeyPoints(shown).then(
      () => loadKeyPoints(),
      (error: unknown) =>
        loadKeyPoints(`Pith could not change this setting: ${error instanceof Error ? error.message : String(error)}`),
    );

  const apply = (change: Promise<{ ok: boolean; message?: string }>) =>
    change.then(
      (result) => load(result.ok ? null : (result.message ?? null)),
      (error: unknown) => {
        console.warn('Pith could not change a setting:', error);
        return load(i18n.t('options.changeFailed'));
      },
    );

  return (
    <OptionsView
      state={state}
      onRemove={(domain) => apply(sendMessage('disableSite', { domain }))}
      onPauseAll={(paused) => apply(sendMessage('setPausedAll', { paused }))}
      keyPoints={keyPoints}
      onKeyPoints={changeKeyPoints}
      onAutoImages={(everywhere) => apply(setAutoImagesEverywhere(everywhere).then(() => ({ ok: true })))}
    >
      <RulesSection state={rules.state} onDelete={rules.onDelete} onExport={rules.onExport} onImport={rules.onImport} />
    </OptionsView>
  );
}
