/** Types over the message keys generated from locales/en.yml (WXT writes .wxt/i18n/structure.d.ts):
 * lets a table of keys be typed, so a key that does not exist is a compile error. */
import type { GeneratedI18nStructure } from '../extension/i18n';

/** A key whose message takes no substitution and has no plural form. */
export type PlainMessageKey = {
  [K in keyof GeneratedI18nStructure]: GeneratedI18nStructure[K] extends { substitutions: 0; plural: false }
    ? K
    : never;
}[keyof GeneratedI18nStructure];
