/** The options page's "Your own rules": each site's rules (selector, what it does, when it was
 * made) with Delete, and Export / Import of all rules as one pith-rules JSON file. A pure function
 * of its state; the options page's App does the work. */
import { i18n } from '../../extension/i18n';
import type { SiteRule } from '../../core/rules/rule';

export type RulesState =
  { status: 'loading' } | { status: 'ready'; rules: SiteRule[]; note: string | null; noteIsError: boolean };

interface Props {
  state: RulesState;
  onDelete: (site: string, selector: string) => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

function madeOn(rule: SiteRule, selector: string): string | null {
  const when = rule.made?.[selector];
  if (!when) return null;
  const date = new Date(when);
  return Number.isNaN(date.getTime())
    ? null
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function RulesSection({ state, onDelete, onExport, onImport }: Props) {
  return (
    <section class="rules" aria-labelledby="rules-title">
      <h2 id="rules-title">{i18n.t('rules.optionsTitle')}</h2>
      <p class="options-help">{i18n.t('rules.optionsHelp')}</p>
      {state.status === 'loading' && <p role="status">{i18n.t('options.loading')}</p>}
      {state.status === 'ready' && (
        <>
          {state.note && (
            <p
              class={state.noteIsError ? 'options-note' : 'options-done'}
              role={state.noteIsError ? 'alert' : 'status'}
              data-rules-note
            >
              {state.note}
            </p>
          )}
          {state.rules.length === 0 ? (
            <p class="rules-empty">{i18n.t('rules.optionsNoRules')}</p>
          ) : (
            state.rules.map((rule) => (
              <div class="rule-site" data-site={rule.site}>
                <h3>{rule.site}</h3>
                <ul class="rule-list">
                  {(['hide', 'keep'] as const).flatMap((list) =>
                    rule[list].map((selector) => {
                      const made = madeOn(rule, selector);
                      return (
                        <li class="rule-row" data-list={list} data-selector={selector}>
                          <span class={`rule-kind rule-kind-${list}`}>
                            {list === 'hide' ? i18n.t('rules.optionsHide') : i18n.t('rules.optionsKeep')}
                          </span>
                          <code class="rule-selector">{selector}</code>
                          {made && <span class="rule-made">{i18n.t('rules.optionsMade', [made])}</span>}
                          <button
                            type="button"
                            class="button button-secondary"
                            aria-label={i18n.t('rules.optionsDeleteLabel', [selector])}
                            onClick={() => onDelete(rule.site, selector)}
                          >
                            {i18n.t('rules.optionsDelete')}
                          </button>
                        </li>
                      );
                    }),
                  )}
                </ul>
              </div>
            ))
          )}
          <div class="rules-file">
            <button
              type="button"
              class="button"
              data-export-rules
              onClick={onExport}
              disabled={state.rules.length === 0}
            >
              {i18n.t('rules.optionsExport')}
            </button>
            <label class="button import-label">
              {i18n.t('rules.optionsImport')}
              <input
                type="file"
                accept="application/json,.json"
                class="import-input"
                data-import-rules
                onChange={(event) => {
                  const input = event.currentTarget as HTMLInputElement;
                  const file = input.files?.[0];
                  if (file) onImport(file);
                  input.value = '';
                }}
              />
            </label>
          </div>
        </>
      )}
    </section>
  );
}
