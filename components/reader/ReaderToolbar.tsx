/** The reader's small toolbar: font, size, line width, line spacing, theme. Every change applies at
 * once (the caller stores it). */
import {
  READER_FONTS,
  READER_SIZES,
  READER_SPACINGS,
  READER_THEMES,
  READER_WIDTHS,
  stepSize,
  type ReaderPrefs,
} from '../../extension/reader-prefs';
import { i18n } from '../../extension/i18n';

const LABELS: Record<string, string> = {
  serif: i18n.t('reader.fontSerif'),
  sans: i18n.t('reader.fontSans'),
  narrow: i18n.t('reader.widthNarrow'),
  medium: i18n.t('reader.widthMedium'),
  wide: i18n.t('reader.widthWide'),
  tight: i18n.t('reader.spacingTight'),
  normal: i18n.t('reader.spacingNormal'),
  loose: i18n.t('reader.spacingLoose'),
  light: i18n.t('reader.themeLight'),
  sepia: i18n.t('reader.themeSepia'),
  dark: i18n.t('reader.themeDark'),
  system: i18n.t('reader.themeSystem'),
};

interface Props {
  prefs: ReaderPrefs;
  onChange: (prefs: ReaderPrefs) => void;
}

/** A row of toggle buttons, one pressed: one labelled group per setting. */
function Choice<K extends 'font' | 'width' | 'spacing' | 'theme'>({
  name,
  label,
  options,
  prefs,
  onChange,
}: Props & { name: K; label: string; options: readonly ReaderPrefs[K][] }) {
  return (
    <div class="reader-choice" role="group" aria-label={label} data-pref={name}>
      <span class="reader-choice-label" aria-hidden="true">
        {label}
      </span>
      {options.map((option) => (
        <button
          type="button"
          class="reader-option"
          data-value={option}
          aria-pressed={prefs[name] === option}
          onClick={() => onChange({ ...prefs, [name]: option })}
        >
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
    <div class="reader-toolbar" role="toolbar" aria-label={i18n.t('reader.toolbarLabel')}>
      <Choice name="font" label={i18n.t('reader.font')} options={READER_FONTS} prefs={prefs} onChange={onChange} />
      <div class="reader-choice" role="group" aria-label={i18n.t('reader.size')} data-pref="size">
        <span class="reader-choice-label" aria-hidden="true">
          {i18n.t('reader.size')}
        </span>
        <button
          type="button"
          class="reader-option"
          data-size="smaller"
          aria-label={i18n.t('reader.smaller')}
          disabled={smallest}
          onClick={() => onChange({ ...prefs, size: stepSize(prefs.size, -1) })}
        >
          A−
        </button>
        <output class="reader-size" aria-live="polite">
          {prefs.size}px
        </output>
        <button
          type="button"
          class="reader-option"
          data-size="larger"
          aria-label={i18n.t('reader.larger')}
          disabled={largest}
          onClick={() => onChange({ ...prefs, size: stepSize(prefs.size, 1) })}
        >
          A+
        </button>
      </div>
      <Choice name="width" label={i18n.t('reader.width')} options={READER_WIDTHS} prefs={prefs} onChange={onChange} />
      <Choice
        name="spacing"
        label={i18n.t('reader.spacing')}
        options={READER_SPACINGS}
        prefs={prefs}
        onChange={onChange}
      />
      <Choice name="theme" label={i18n.t('reader.theme')} options={READER_THEMES} prefs={prefs} onChange={onChange} />
    </div>
  );
}
