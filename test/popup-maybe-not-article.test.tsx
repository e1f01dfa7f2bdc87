// @vitest-environment jsdom
/** A page Pith doubts is one article is shown, not refused: the popup gives the text with the notice
 * and the way back to the page itself. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { sampleArticle } from './sample-article';
import { PopupView } from '../components/PopupView';
import { MAYBE_NOT_ARTICLE } from '../core/page-type';

afterEach(cleanup);

it('a doubtful page: the article, with the notice in plain words and "Show original page"', () => {
  const view = render(
    <PopupView
      state={{ status: 'article', article: sampleArticle({ warning: MAYBE_NOT_ARTICLE }) }}
      onTryAnyway={() => {}}
    />,
  );
  // A notice about the article, not an error: no alert role (the popup's announcement says it).
  expect(view.queryByRole('alert')).toBeNull();
  const alert = view.getByRole('note');
  expect(alert.textContent).toContain('This page may not be a single article; Pith shows what it found.');
  expect(alert.querySelector('button')?.textContent).toBe('Show original page');
  expect(view.getByRole('heading', { level: 1 }).textContent).toBe('The headline');
  expect(view.container.querySelector('.article-body')?.textContent).toBe('Body one.Body two.');
});
