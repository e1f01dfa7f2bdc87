import { describe, expect, it } from 'vitest';
import { suspectExtraction } from '../../core/suspicion';
import { countWords } from '../../core/reading-time';

const judge = (text: string, linkDensity = 0) =>
  suspectExtraction(text, countWords(text), () => linkDensity)?.kind ?? null;

describe('suspectExtraction', () => {
  it.each([
    [
      'paywall',
      'The council met on Tuesday to discuss the budget. Subscribe to continue reading. Already a subscriber? Sign in.',
    ],
    [
      'consent-wall',
      'We value your privacy. We and our partners use cookies to personalise content. Accept all. Reject all. Manage options.',
    ],
    [
      'signup-form',
      'Create an account. E-mail address. Password. Sign up for free, or log in if you already have an account.',
    ],
    [
      'comments',
      'Jane says: great piece. Reply. 3 hours ago. Tom commented: I disagree. Reply. 2 hours ago. 14 likes.',
    ],
  ])('flags a %s', (kind, text) => {
    expect(judge(text)).toBe(kind);
  });

  it('flags a text that is mostly links', () => {
    expect(judge('Home News Sports Weather Opinion', 0.9)).toBe('links');
  });

  it('leaves a real story alone, even one that mentions cookies and comments', () => {
    const story = Array.from(
      { length: 30 },
      () =>
        'The bakery on Main Street sold its last cookies on Friday after forty years, and neighbours left comments of thanks in the window.',
    ).join(' ');
    expect(judge(story)).toBeNull();
    expect(judge('The mayor said the plan would take effect next spring, after a public hearing.')).toBeNull();
  });
});

describe('suspectExtraction on a page that declares a paywall', () => {
  const teaser =
    'The council met on Tuesday to discuss the budget, and the mayor said the plan would take effect next spring.';
  it('warns of a paywall when what was found is a teaser, whatever its words', () => {
    expect(suspectExtraction(teaser, countWords(teaser), () => 0, true)?.kind).toBe('paywall');
    expect(suspectExtraction(teaser, countWords(teaser), () => 0, false)).toBeNull();
  });
  it('does not warn when the whole story is there (a subscriber’s page)', () => {
    const story = Array.from({ length: 20 }, () => teaser).join(' ');
    expect(suspectExtraction(story, countWords(story), () => 0, true)).toBeNull();
  });
});
