import { afterEach, describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../core/reading-time';

describe('countWords', () => {
  it('counts runs of letters and digits in spaced scripts, as before', () => {
    // "well-known" and "don’t" are one word each; "U.S." and "3.5" two.
    expect(countWords('The well-known U.S. plan, they don’t say, costs 3.5 billion.')).toBe(12);
    expect(countWords('Le café de la gare a rouvert ses portes.', 'fr')).toBe(9);
    expect(countWords('')).toBe(0);
  });

  it('counts Korean by its spaces, not a syllable a word', () => {
    expect(countWords('대한민국의 수도는 서울이다. 서울은 큰 도시입니다.', 'ko')).toBe(6);
    expect(countWords('대한민국의 수도는 서울이다.')).toBe(3);
  });

  it('splits scripts written without spaces into words', () => {
    expect(countWords('私は学生です。', 'ja')).toBe(4); // 私 | は | 学生 | です
    expect(countWords('学生', 'zh')).toBe(1); // one word ("student"), two characters
    expect(countWords('Apple 学生 Tokyo', 'zh')).toBe(3);
  });

  it('survives a malformed lang attribute', () => {
    expect(countWords('私は学生です。', 'not a language tag!')).toBe(4);
  });

  describe('without Intl.Segmenter', () => {
    const segmenter = Intl.Segmenter;
    afterEach(() => {
      Object.assign(Intl, { Segmenter: segmenter });
    });
    it('counts a character a word in spaceless scripts, and spaced scripts as before', () => {
      Object.assign(Intl, { Segmenter: undefined });
      expect(countWords('私は学生です。 Two words')).toBe(8);
    });
  });
});

describe('readingMinutes', () => {
  it('reads 230 words a minute, at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(1150)).toBe(5);
  });
});
