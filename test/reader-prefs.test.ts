import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_READER_PREFS, READER_SIZES, stepSize, validateReaderPrefs } from '../extension/reader-prefs';
import { validPositions } from '../extension/reader-position';

describe('reader settings, validated on read', () => {
  it('keeps every valid field as stored', () => {
    const stored = { font: 'sans', size: 24, width: 'wide', spacing: 'loose', theme: 'sepia', rate: 1.5 };
    expect(validateReaderPrefs(stored)).toEqual(stored);
  });

  it('gives the default for a bad field only, with a warning, and keeps the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(validateReaderPrefs({ font: 'comic', size: 19, width: 'narrow', theme: 'dark', rate: '2' })).toEqual({
      font: 'serif',
      size: 18,
      width: 'narrow',
      spacing: 'normal',
      theme: 'dark',
      rate: 1,
    });
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });

  it('an unreadable value (not an object, a list, null) gives all the defaults; a missing field is its default without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const value of ['dark', 42, null, ['sans']]) expect(validateReaderPrefs(value)).toEqual(DEFAULT_READER_PREFS);
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockClear();
    expect(validateReaderPrefs({ theme: 'dark' })).toEqual({ ...DEFAULT_READER_PREFS, theme: 'dark' });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('has at least 6 sizes, stepped one at a time and stopping at both ends', () => {
    expect(READER_SIZES.length).toBeGreaterThanOrEqual(6);
    expect(stepSize(18, 1)).toBe(20);
    expect(stepSize(18, -1)).toBe(16);
    expect(stepSize(14, -1)).toBe(14);
    expect(stepSize(32, 1)).toBe(32);
  });
});

describe('reading positions (session)', () => {
  it('keeps shares between 0 and 1 and drops anything else', () => {
    expect(
      validPositions({
        'https://a.example/1': 0.5,
        'https://a.example/2': 1.5,
        'https://a.example/3': 'x',
        'https://a.example/4': 0,
      }),
    ).toEqual({
      'https://a.example/1': 0.5,
      'https://a.example/4': 0,
    });
    expect(validPositions(null)).toEqual({});
    expect(validPositions([0.2])).toEqual({});
  });
});
