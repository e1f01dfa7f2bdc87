/** The reader's small toolbar: font, size, line width, line spacing, theme. Every change applies at
 * once (the caller stores it). */
import { READER_FONTS, READER_SIZES, READER_SPACINGS, READER_THEMES, READER_WIDTHS, stepSize, type ReaderPrefs } from '../../extension/reader-prefs';
import { READER_STRINGS as S } from './strings';

const LABELS: Record<string, string> = {
  serif: S.fontSerif, sans: S.fontSans,
  narrow: S.widthNarrow, medium: S.widthMedium, wide: S.widthWide,
  tight: S.spacingTight, normal: S.spacingNormal, loose: S.spacingLoose,
  light: S.themeLight, sepia: S.themeSepia, dark: S.themeDark, system: S.themeSystem,
};

interface Props {
  prefs: ReaderPrefs;
  onChange: (prefs: ReaderPrefs) => void;
}

/** A row of toggle buttons, one pressed: one labelled group per setting. */
function Choice<K extends 'font' | 'width' | 'spacing' | 'theme'>({ name, label, options, prefs, onChange }: Props & { name: K; label: string; options: readonly ReaderPrefs[K][] }) {
  return (
    <div class="reader-choice" role="group" aria-label={label} data-pref={name}>
      <span class="reader-choice-label" aria-hidden="true">{label}</span>
      {options.map((option) => (
        <button type="button" class="reader-option" data-value={option} aria-pressed={prefs[name] === option} onClick={() => onChange({ ...prefs, [name]: option })}>
          {LABELS[option as string]}
        </button>
      ))}
    </div>
  );
}

export function ReaderToolbar({ prefs, onChange }: Props) {
  const smallest = prefs.size === READER_SIZES[0];
  const largest = prefs.size === READER_SIZES[READER_SIZES.length - 1];
  return (
    <div class="reader-toolbar" role="toolbar" aria-label={S.toolbarLabel}>
      <Choice name="font" label={S.font} options={READER_FONTS} prefs={prefs} onChange={onChange} />
      <div class="reader-choice" role="group" aria-label={S.size} data-pref="size">
        <span class="reader-choice-label" aria-hidden="true">{S.size}</span>
        <button type="button" class="reader-option" data-size="smaller" aria-label={S.smaller} disabled={smallest} onClick={() => onChange({ ...prefs, size: stepSize(prefs.size, -1) })}>
          A−
        </button>
        <output class="reader-size" aria-live="polite">{prefs.size}px</output>
        <button type="button" class="reader-option" data-size="larger" aria-label={S.larger} disabled={largest} onClick={() => onChange({ ...prefs, size: stepSize(prefs.size, 1) })}>
          A+
        </button>
      </div>
      <Choice name="width" label={S.width} options={READER_WIDTHS} prefs={prefs} onChange={onChange} />
      <Choice name="spacing" label={S.spacing} options={READER_SPACINGS} prefs={prefs} onChange={onChange} />
      <Choice name="theme" label={S.theme} options={READER_THEMES} prefs={prefs} onChange={onChange} />
    </div>
  );
}
