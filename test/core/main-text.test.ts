/** Readability's first pass can return a footer or a box when it drops the story's own container
 * (its class reads like page furniture): Pith then reads the page again and keeps the better reading. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../core';
import { documentFrom } from './html';

const sentence = (topic: string) =>
  `The council's plan for the ${topic} was debated for hours on Tuesday, and residents spoke on both sides of it.`;
const paragraphs = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>${sentence(`${topic} ${i}`)} ${sentence(`${topic} ${i}b`)}</p>`).join('');
const PRINT_FOOTER = `<div class="print-only"><p>This page was printed from the Valley Courier website. Visit it for local news and the day's headlines, posted throughout the day, every day of the year.</p><p>All rights reserved. Nothing on this website is intended as a substitute for professional advice, and you should not act on it before consulting a qualified professional in your area.</p><p>The Courier is a registered trade mark. Reproduction of any part of this page without written permission is prohibited, in print or online, in any country.</p></div>`;

function textOf(body: string): string {
  const doc = documentFrom(body);
  const result = extractArticle(doc, doc.URL);
  if (!result.ok) throw new Error(result.problem.message);
  return result.article.text;
}

describe("a second reading when the first holds little of the page's prose", () => {
  it('the story in a container whose class reads like a header: the story, not the print footer', () => {
    const text = textOf(
      `<main><h1>Council debates the plan</h1><div class="story-header-wrap">${paragraphs('bridge', 10)}</div></main><aside><a href="/a">Most read</a></aside>${PRINT_FOOTER}`,
    );
    expect(text).toContain(sentence('bridge 0'));
    expect(text).toContain(sentence('bridge 9b'));
    expect(text).not.toContain('This page was printed from');
  });

  it('a short story followed by a long comment thread: the story alone, neither the comments nor both', () => {
    const comments = `<section class="comments">${Array.from({ length: 12 }, (_, i) => `<div class="comment"><p>Reader ${i} wrote a long reply about the library, the parking and the bus routes, and how the plan would change the neighbourhood for families.</p></div>`).join('')}</section>`;
    const text = textOf(`<h1>Council debates the plan</h1><article>${paragraphs('library', 3)}</article>${comments}`);
    expect(text).toContain(sentence('library 2b'));
    expect(text).not.toContain('Reader 3 wrote');
  });

  it('a subscription box before the story (a pass-one pick) gives way to the story under the headline', () => {
    const box =
      '<div class="paywall-box"><p>You have reached your limit of free stories this month. Subscribe for unlimited access to every story, our daily newsletter and the e-edition.</p><ul><li>Unlimited access to exclusive reporting and the best of our stories, on every device.</li><li>Special discounts for members of our readers club and their families.</li><li>The daily e-edition, exactly as it is printed, with the puzzles and the archive since 1990.</li></ul><p>Already a subscriber? Log in with your email address to keep reading where you left off.</p></div>';
    const text = textOf(
      `${box}<h1>Council debates the plan</h1><div class="story-extra-wide">${paragraphs('park', 8)}</div>`,
    );
    expect(text).toContain(sentence('park 0'));
    expect(text).toContain(sentence('park 7b'));
    expect(text).not.toContain('You have reached your limit');
  });
});
