/** The English strings of the user-rules feature (picker, "Always keep", options page), in one
 * place so that they can be moved to _locales in one step. */
export const RULES_STRINGS = {
  hideButton: 'Hide something Pith missed',
  hideButtonHelp: 'Point at a block on the page; Pith hides it on this site from now on.',
  pickerCannotStart: 'Pith could not start the picker on this page:',
  keepButton: (site: string) => `Always keep on ${site}`,
  keepSaved: (site: string) => `Kept: Pith leaves this block in on ${site} from now on.`,
  keepNoSelector: 'Pith cannot tell this block apart on the page, so it cannot keep it.',

  pickerTitle: 'Hide something Pith missed',
  pickerHelp: 'Point at a block, or use ↑ ↓ to widen or narrow it (← → for the blocks beside it). Enter or click hides it; Esc cancels.',
  pickerWider: 'Wider',
  pickerNarrower: 'Narrower',
  pickerConfirm: 'Hide this',
  pickerCancel: 'Cancel',
  pickerMatches: (n: number) => (n === 1 ? 'Matches 1 element on this page' : `Matches ${n} elements on this page`),
  pickerCurrent: (label: string, n: number) => `${label}. ${n === 1 ? '1 match' : `${n} matches`}.`,
  pickerSaved: 'Hidden. Pith hides this on this site from now on (the options page lists your rules).',
  pickerSaveFailed: 'Pith could not save the rule:',

  optionsRulesTitle: 'Your own rules',
  optionsRulesHelp: 'What you told Pith to hide or keep on a site. Pith applies them in the popup and on sites where it runs by itself.',
  optionsNoRules: 'No rules yet. In the popup, use “Hide something Pith missed”, or “Always keep” in the list of what Pith removed.',
  optionsHide: 'Hides',
  optionsKeep: 'Keeps',
  optionsMade: (when: string) => `made ${when}`,
  optionsDelete: 'Delete',
  optionsExport: 'Export rules',
  optionsImport: 'Import rules…',
  optionsImported: (n: number) => `Imported: ${n === 1 ? '1 rule' : `${n} rules`} merged into yours.`,
  optionsImportRead: 'Pith could not read that file.',
} as const;
