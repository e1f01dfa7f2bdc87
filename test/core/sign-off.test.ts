import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../core';
import { documentFrom, prose } from './html';

describe('wire-story sign-offs', () => {
  it('are kept at the end of the body even when they sit outside the story container', () => {
    const doc = documentFrom(
      `<h1>Headline</h1><div><div class="body">${prose('One')}${prose('Two')}${prose('Three')}</div><p>Reporting by Ana Ferreira; Editing by Clara Moss</p></div>`,
    );
    const result = extractArticle(doc, doc.URL);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.article.text.endsWith('Reporting by Ana Ferreira; Editing by Clara Moss')).toBe(true);
    expect(result.article.text.match(/Reporting by/g)).toHaveLength(1);
  });
});
