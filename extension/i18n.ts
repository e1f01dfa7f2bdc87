/** The extension's translated strings (`_locales`, made from locales/*.yml by @wxt-dev/i18n).
 * The same object WXT generates as `#i18n`, made here so that no module needs the generated file
 * at run time: WXT imports the entrypoints to read their options before it generates `.wxt/`, so on
 * a fresh clone `#i18n` did not exist yet and `npm ci` failed. Only the key types come from `.wxt/`. */
import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '../.wxt/i18n/structure';

export const i18n = createI18n<GeneratedI18nStructure>();

export type { GeneratedI18nStructure };
