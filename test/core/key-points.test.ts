/** Pith's own key points (core/key-points): verbatim sentences, favouring the lead and what the
 * whole text is about, never a question, a cut quote, a dateline, a caption or a repeat. */
import { describe, expect, it } from 'vitest';
import {
  leadSentences,
  pickKeyPoints,
  pointCount,
  rejection,
  splitSentences,
  withoutDateline,
} from '../../core/key-points';

const para = (...sentences: string[]) => sentences.join(' ');

const ENGLISH = [
  para(
    'WASHINGTON (Reuters) — The city council approved a new budget for public libraries on Tuesday.',
    'The budget adds weekend hours at every library branch in the city.',
  ),
  'Photo by Jane Roe / Getty Images',
  para('Will residents use the extra hours?', '“We are ready.', 'We will open on Sunday,” the director said.'),
  para(
    'Mr. Smith, who chairs the library board, said the library budget had been cut for ten years.',
    'Weather was mild and sunny in the afternoon across the region.',
    'The library budget also pays for new books and longer library hours for students.',
  ),
  'Read more.',
].join('\n\n');

describe('splitSentences', () => {
  it('splits by the platform and mends breaks after abbreviations', () => {
    const sentences = splitSentences(
      'Mr. Smith met the U.S. envoy at 5 p.m. on Friday. They talked for an hour.',
      'en',
    ).map((s) => s.text);
    expect(sentences).toEqual(['Mr. Smith met the U.S. envoy at 5 p.m. on Friday.', 'They talked for an hour.']);
  });

  it('keeps a Japanese opening bracket with the sentence it opens', () => {
    const sentences = splitSentences('計画は来年から始まる。「本当ですか」と彼は聞いた。', 'ja').map((s) => s.text);
    expect(sentences).toEqual(['計画は来年から始まる。', '「本当ですか」と彼は聞いた。']);
  });

  it('numbers sentences across paragraphs', () => {
    const sentences = splitSentences('One two three. Four five six.\n\nSeven eight nine.', 'en');
    expect(sentences.map((s) => [s.index, s.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });
});

describe('which sentences may stand alone', () => {
  it.each([
    ['Will residents use the extra hours at the library?', 'question'],
    ['¿Usarán los vecinos las nuevas horas de la biblioteca?', 'question'],
    ['“We are ready to open the library on Sundays.', 'cut-quote'],
    ['We will open the library on Sunday,” the director said.', 'cut-quote'],
    ['and then the board voted on the library budget again.', 'fragment'],
    ['Photo by Jane Roe / Getty Images for the city library.', 'caption'],
    ['The library board will meet again next week', 'not-a-statement'],
    ['The board agreed.', 'too-short'],
  ])('%j: %s', (sentence, why) => {
    expect(rejection(sentence, sentence.split(/\s+/).length)).toBe(why);
  });

  it('accepts a whole quote and a plain statement', () => {
    expect(rejection('“We are ready to open on Sundays,” the library director said.', 10)).toBeNull();
    expect(rejection('The council approved a new budget for public libraries.', 8)).toBeNull();
  });

  it('cuts a dateline off the front of a sentence', () => {
    expect(withoutDateline('WASHINGTON (Reuters) — The council voted.')).toBe('The council voted.');
    expect(withoutDateline('SALT LAKE CITY, Utah — The council voted.')).toBe('The council voted.');
    expect(withoutDateline('The council voted — again.')).toBe('The council voted — again.');
  });
});

describe('pickKeyPoints', () => {
  it('English: the lead and the central sentences, in article order, verbatim, without the dateline', () => {
    const points = pickKeyPoints(ENGLISH, 'en');
    expect(points).toEqual([
      'The city council approved a new budget for public libraries on Tuesday.',
      'The budget adds weekend hours at every library branch in the city.',
      'Mr. Smith, who chairs the library board, said the library budget had been cut for ten years.',
    ]);
    for (const point of points) expect(ENGLISH).toContain(point);
  });

  it('skips a sentence that repeats one already taken', () => {
    const text = para(
      'The council approved the new library budget on Tuesday evening.',
      'The council approved the new library budget on Tuesday night.',
      'Branches will open on Sundays from next month onwards.',
      'Students will get longer opening hours during exams.',
    );
    const points = pickKeyPoints(text, 'en');
    expect(points).toEqual([
      'The council approved the new library budget on Tuesday evening.',
      'Branches will open on Sundays from next month onwards.',
      'Students will get longer opening hours during exams.',
    ]);
  });

  it('German: German quotes, and a question left out', () => {
    const text = [
      para(
        'Der Stadtrat hat am Mittwoch den Bebauungsplan für das alte Hafengelände beschlossen.',
        'Auf dem Hafengelände sollen bis 2030 rund 1200 Wohnungen entstehen.',
      ),
      para('Wer soll das bezahlen?', '„Wir schaffen dringend benötigten Wohnraum am Hafen“, sagte die Baudezernentin.'),
      'Die Opposition kritisierte die Pläne für den Hafen als zu teuer.',
    ].join('\n\n');
    const points = pickKeyPoints(text, 'de');
    expect(points).not.toContain('Wer soll das bezahlen?');
    expect(points).toHaveLength(3);
    expect(points[0]).toBe('Der Stadtrat hat am Mittwoch den Bebauungsplan für das alte Hafengelände beschlossen.');
    for (const point of points) expect(text).toContain(point);
  });

  it('Spanish: « » quotes kept whole, ¿…? left out', () => {
    const text = [
      para(
        'El pleno del ayuntamiento aprobó este jueves el presupuesto municipal para 2026.',
        '¿Subirán los impuestos municipales el próximo año?',
      ),
      para(
        'El presupuesto municipal dedica la mayor parte del aumento al transporte público.',
        'La concejala dijo que el presupuesto «mantiene las cuentas equilibradas sin subir impuestos».',
      ),
      'La oposición votó en contra del presupuesto por considerarlo poco ambicioso.',
    ].join('\n\n');
    const points = pickKeyPoints(text, 'es');
    expect(points.some((p) => p.startsWith('¿'))).toBe(false);
    expect(points[0]).toBe('El pleno del ayuntamiento aprobó este jueves el presupuesto municipal para 2026.');
    expect(points).toHaveLength(3);
    for (const point of points) expect(text).toContain(point);
  });

  it('Japanese: split into sentences and words by the platform, questions left out', () => {
    const text = [
      '東京都は新しい交通計画を発表した。計画では都内のバス路線を大幅に増やす。',
      '本当に実現できるのか？',
      '都の担当者は、交通計画は来年四月から段階的に始まると説明した。交通計画の費用は約三百億円と見込まれている。',
    ].join('\n\n');
    const points = pickKeyPoints(text, 'ja');
    expect(points).toHaveLength(3);
    expect(points).not.toContain('本当に実現できるのか？');
    expect(points[0]).toBe('東京都は新しい交通計画を発表した。');
    for (const point of points) expect(text).toContain(point);
  });

  it('gives nothing when the text has fewer than three sentences that can stand alone', () => {
    expect(pickKeyPoints('The council met on Tuesday evening in the town hall. Who will pay for it?', 'en')).toEqual(
      [],
    );
  });

  it('is deterministic', () => {
    expect(pickKeyPoints(ENGLISH, 'en')).toEqual(pickKeyPoints(ENGLISH, 'en'));
  });

  it('more points for longer articles, never more than five', () => {
    expect([pointCount(8), pointCount(30), pointCount(300)]).toEqual([3, 4, 5]);
  });
});

describe('leadSentences (the Lead-3 baseline)', () => {
  it('is the first three sentences as they come', () => {
    expect(leadSentences('One is here. Two is here? Three is here.\n\nFour is here.', 'en')).toEqual([
      'One is here.',
      'Two is here?',
      'Three is here.',
    ]);
  });
});
