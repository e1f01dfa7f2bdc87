/** The options page's rules: listed, deleted and imported through the background (the one writer
 * of settings); exported as one pith-rules file, downloaded through a Blob URL. An imported file
 * is checked here, against this page's document, all or nothing, before anything is sent. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../extension/i18n';
import type { RulesState } from '../../components/rules/RulesSection';
import { parseRulesFile, rulesFileText } from '../../core/rules/validate';
import { sendMessage } from '../../extension/messages';

export const EXPORT_FILE_NAME = 'pith-rules.json';

export function useRulesSection() {
  const [state, setState] = useState<RulesState>({ status: 'loading' });

  const load = (note: string | null = null, noteIsError = false) =>
    sendMessage('listRules').then(
      ({ rules }) => setState({ status: 'ready', rules, note, noteIsError }),
      (error: unknown) =>
        setState({
          status: 'ready',
          rules: [],
          note: i18n.t('rules.optionsReadFailed', [String(error)]),
          noteIsError: true,
        }),
    );
  useEffect(() => void load(), []);

  const apply = (change: Promise<{ ok: boolean; message?: string }>, done: string | null = null) =>
    change.then(
      (result) => load(result.ok ? done : (result.message ?? null), !result.ok),
      (error: unknown) => load(i18n.t('rules.optionsChangeFailed', [String(error)]), true),
    );

  return {
    state,
    onDelete: (site: string, selector: string) => apply(sendMessage('deleteRule', { site, selector })),
    onExport: () => {
      if (state.status !== 'ready') return;
      const url = URL.createObjectURL(new Blob([rulesFileText(state.rules)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = EXPORT_FILE_NAME;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    onImport: (file: File) => {
      file.text().then(
        (text) => {
          const parsed = parseRulesFile(text, document);
          if (!parsed.ok) return load(parsed.message, true);
          const count = parsed.rules.reduce((n, rule) => n + rule.hide.length + rule.keep.length, 0);
          return apply(sendMessage('importRules', { rules: parsed.rules }), i18n.t('rules.optionsImported', count));
        },
        () => load(i18n.t('rules.optionsImportRead'), true),
      );
    },
  };
}
