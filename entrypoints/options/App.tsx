/** The options page: the sites Pith runs on by itself, each removable, "pause on all sites", and
 * "load pictures automatically". Site changes go through the background, which owns the settings
 * and the permissions; the picture setting needs no permission and is written here
 * (extension/settings.ts validates it either way). */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { OptionsView, type OptionsState } from '../../components/OptionsView';
import { sendMessage } from '../../extension/messages';
import { readAutoImages, setAutoImagesEverywhere } from '../../extension/settings';

export function App() {
  const [state, setState] = useState<OptionsState>({ status: 'loading' });

  const load = (note: string | null = null) =>
    Promise.all([sendMessage('listSites'), readAutoImages()]).then(
      ([{ sites, pausedAll }, autoImages]) => setState({ status: 'ready', sites, pausedAll, note, autoImages }),
      (error: unknown) => {
        console.warn('Pith could not read its settings:', error);
        setState({ status: 'error', message: i18n.t('options.readFailed') });
      },
    );

  useEffect(() => void load(), []);

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
      onAutoImages={(everywhere) => apply(setAutoImagesEverywhere(everywhere).then(() => ({ ok: true })))}
    />
  );
}
