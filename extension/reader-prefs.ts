/** The reader tab's type and theme choices, in extension storage (`local:readerPrefs`: kept across
 * browser restarts). Validated when read, field by field, like the site settings
 * (extension/settings.ts): a bad or unknown value gives that field's default with a console
 * warning and the other fields are kept; reading never writes. */
import { storage } from 'wxt/utils/storage';
import { SettingsWriteError } from './settings';

export const READER_FONTS = ['serif', 'sans'] as const;
/** Body text sizes in CSS px, smallest to largest (the toolbar's − and + step through them). */
export const READER_SIZES = [14, 16, 18, 20, 22, 24, 28, 32] as const;
export const READER_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const READER_SPACINGS = ['tight', 'normal', 'loose'] as const;
export const READER_THEMES = ['light', 'sepia', 'dark', 'system'] as const;
/** Listen's speeds (speechSynthesis rate). */
export const LISTEN_RATES = [0.75, 1, 1.25, 1.5, 2] as const;

export interface ReaderPrefs {
  font: (typeof READER_FONTS)[number];
  size: (typeof READER_SIZES)[number];
  width: (typeof READER_WIDTHS)[number];
  spacing: (typeof READER_SPACINGS)[number];
  theme: (typeof READER_THEMES)[number];
  rate: (typeof LISTEN_RATES)[number];
}

export const DEFAULT_READER_PREFS: ReaderPrefs = {
  font: 'serif',
  size: 18,
  width: 'medium',
  spacing: 'normal',
  theme: 'system',
  rate: 1,
};

export const readerPrefsItem = storage.defineItem<unknown>('local:readerPrefs', { fallback: {} });

const ALLOWED: { [K in keyof ReaderPrefs]: readonly ReaderPrefs[K][] } = {
  font: READER_FONTS,
  size: READER_SIZES,
  width: READER_WIDTHS,
  spacing: READER_SPACINGS,
  theme: READER_THEMES,
  rate: LISTEN_RATES,
};

/** The valid fields of a stored value; each missing or unreadable one is its default. */
export function validateReaderPrefs(value: unknown): ReaderPrefs {
  const stored =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (stored !== value) console.warn('Pith reader settings: not readable; using the defaults.', value);
  const prefs = { ...DEFAULT_READER_PREFS } as Record<keyof ReaderPrefs, unknown>;
  for (const key of Object.keys(ALLOWED) as (keyof ReaderPrefs)[]) {
    if (!(key in stored)) continue;
    if ((ALLOWED[key] as readonly unknown[]).includes(stored[key])) prefs[key] = stored[key];
    else console.warn(`Pith reader settings: "${key}" is not readable; using the default.`, stored[key]);
  }
  return prefs as unknown as ReaderPrefs;
}

export async function readReaderPrefs(): Promise<ReaderPrefs> {
  try {
    return validateReaderPrefs(await readerPrefsItem.getValue());
  } catch (error) {
    console.warn('Pith reader settings: could not read them; using the defaults.', error);
    return { ...DEFAULT_READER_PREFS };
  }
}

/** Throws SettingsWriteError when the browser refuses to store the change. */
export async function saveReaderPrefs(prefs: ReaderPrefs): Promise<void> {
  try {
    await readerPrefsItem.setValue(validateReaderPrefs(prefs));
  } catch (error) {
    throw new SettingsWriteError(error instanceof Error ? error.message : String(error));
  }
}

/** Calls back with the new prefs when another reader tab changes them. */
export function watchReaderPrefs(callback: (prefs: ReaderPrefs) => void): () => void {
  return readerPrefsItem.watch((value) => callback(validateReaderPrefs(value)));
}

/** The next size up (+1) or down (−1), staying within the steps. */
export function stepSize(size: ReaderPrefs['size'], delta: 1 | -1): ReaderPrefs['size'] {
  const index = READER_SIZES.indexOf(size);
  return READER_SIZES[Math.min(READER_SIZES.length - 1, Math.max(0, index + delta))];
}
