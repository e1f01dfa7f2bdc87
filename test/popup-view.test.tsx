// @vitest-environment jsdom
/** Every state the popup can be in, rendered as the user would see it. */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleArticle } from './sample-article';
import { PopupView, type PopupState } from '../components/PopupView';

const article = sampleArticle({
  contentHtml: '<p>Body paragraph.</p><p><a href="https://example.com/">A link</a><img src="x" onerror="window.__pwned = true"></p>',
  text: 'Body paragraph.\n\nA link',
  removed: [{ reason: 'newsletter signup', text: 'STAY IN THE KNOW' }],
});

const show = (state: PopupState, onTryAnyway = () => {}) => render(<PopupView state={state} onTryAnyway={onTryAnyway} />);

afterEach(cleanup);

describe('PopupView', () => {
  it('loading: a status message, never a blank popup', () => {
    const view = show({ status: 'loading' });
    expect(view.getByRole('status').textContent).toContain('Reading the page…');
  });

  it('article: header facts, takeaways box with its note, lead image with its caption once, body, copy buttons', () => {
    const view = show({ status: 'article', article });
    expect(view.getByRole('heading', { level: 1 }).textContent).toBe('The headline');
    expect(view.container.querySelector('.article-meta')?.textContent).toBe('Ann LeeJanuary 12, 20261 min read');
    expect(Array.from(view.container.querySelectorAll('.takeaways-list li')).map((li) => li.textContent)).toEqual(['First point.', 'Second point.']);
    expect(view.container.querySelector('.takeaways-note')?.textContent).toBe('Generated with AI help.');
    expect(view.container.querySelectorAll('figcaption')).toHaveLength(1);
    expect(view.container.querySelector('.article-body')?.textContent).toBe('Body paragraph.A linkImage');
    expect(view.getByText('Copy text')).toBeTruthy();
    expect(view.getByText('Copy Markdown')).toBeTruthy();
    expect(view.container.querySelector('.removed summary')?.textContent).toBe('Pith hid 1 block from this page');
  });

  it('article: loads no image until the user asks — placeholders say what each shows', () => {
    const view = show({ status: 'article', article });
    expect(view.container.querySelectorAll('img')).toHaveLength(0);
    // The lead picture's alt text is its caption's start: said once, under it, not again in the placeholder.
    expect(view.container.querySelector('.lead-image .image-placeholder')?.textContent).toBe('Image');
    expect(view.container.querySelector('.images-off')?.textContent).toBe('Images are not loaded. Show images (loads them from Example News)');
    fireEvent.click(view.getByText('Show images'));
    expect(Array.from(view.container.querySelectorAll('img')).map((img) => img.getAttribute('src'))).toEqual([article.leadImage!.src, 'x']);
    expect(view.container.querySelector('.images-off')).toBeNull();
  });

  it('article: the body is sanitized again in the popup', () => {
    const view = show({ status: 'article', article });
    const body = view.container.querySelector('.article-body')!.innerHTML;
    expect(body).not.toContain('onerror');
    expect(body).toContain('target="_blank"');
  });

  it('article without takeaways: no empty box', () => {
    const view = show({ status: 'article', article: { ...article, takeaways: null } });
    expect(view.container.querySelector('.takeaways')).toBeNull();
  });

  it('article that may be a paywall or consent wall: a clear warning with "Show original page"', () => {
    const view = show({ status: 'article', article: sampleArticle({ warning: { kind: 'paywall', message: 'This page seems to show only the start of the story, behind a paywall.' } }) });
    const alert = view.getByRole('alert');
    expect(alert.textContent).toContain('behind a paywall');
    expect(alert.querySelector('button')?.textContent).toBe('Show original page');
    expect(show({ status: 'article', article }).container.querySelector('.warning')).toBeNull();
  });

  it('not an article: says so and offers "Try anyway"', () => {
    const tryAnyway = vi.fn();
    const view = show({ status: 'problem', problem: { kind: 'not-article', message: "This page doesn't look like an article." }, canTryAnyway: true }, tryAnyway);
    expect(view.getByRole('alert').textContent).toContain("This page doesn't look like an article.");
    fireEvent.click(view.getByText('Try anyway'));
    expect(tryAnyway).toHaveBeenCalledOnce();
  });

  it('restricted page: a clear reason, no button', () => {
    const view = show({ status: 'restricted', message: "This is one of your browser's own pages. Extensions can't read it." });
    expect(view.getByRole('alert').textContent).toContain("Pith can't read this page");
    expect(view.container.querySelector('button')).toBeNull();
  });

  it('error: a clear message', () => {
    const view = show({ status: 'error', message: 'The page did not answer in time. Reload it and try again.' });
    expect(view.getByRole('alert').textContent).toContain('The page did not answer in time.');
  });

  it('too large / empty: the message, no "Try anyway"', () => {
    const view = show({ status: 'problem', problem: { kind: 'too-large', message: 'This page is too large for Pith.' }, canTryAnyway: false });
    expect(view.getByRole('alert').textContent).toContain('too large');
    expect(view.queryByText('Try anyway')).toBeNull();
  });
});
