// @vitest-environment jsdom
/** Every state the popup can be in, rendered as the user would see it. */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleArticle } from './sample-article';
import { announcement, PopupView, type PopupState } from '../components/PopupView';

const article = sampleArticle({
  contentHtml:
    '<p>Body paragraph.</p><p><a href="https://example.com/">A link</a><img src="x" onerror="window.__pwned = true"></p>',
  text: 'Body paragraph.\n\nA link',
  removed: [{ reason: 'newsletter signup', text: 'STAY IN THE KNOW' }],
});

const show = (state: PopupState, onTryAnyway = () => {}, site?: string) =>
  render(<PopupView state={state} onTryAnyway={onTryAnyway} site={site} />);

beforeEach(() => fakeBrowser.reset());
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
    expect(Array.from(view.container.querySelectorAll('.takeaways-list li')).map((li) => li.textContent)).toEqual([
      'First point.',
      'Second point.',
    ]);
    expect(view.container.querySelector('.takeaways-note')?.textContent).toBe('Generated with AI help.');
    expect(view.container.querySelectorAll('figcaption')).toHaveLength(1);
    expect(view.container.querySelector('.article-body')?.textContent).toBe('Body paragraph.A linkPicture 2 of 2');
    expect(view.getByText('Copy text')).toBeTruthy();
    expect(view.getByText('Copy Markdown')).toBeTruthy();
    expect(view.container.querySelector('.removed summary')?.textContent).toBe('Pith hid 1 block from this page');
  });

  it('article: loads no image until the user asks — placeholders say what each shows', async () => {
    const view = show({ status: 'article', article });
    expect(view.container.querySelectorAll('img')).toHaveLength(0);
    // The lead picture's alt text is its caption's start: said once, under it, not again in the placeholder.
    expect(view.container.querySelector('.lead-image .image-placeholder')?.textContent).toBe('Picture 1 of 2');
    await waitFor(() => expect(view.container.querySelector('[data-auto-images]')).not.toBeNull());
    expect(view.container.querySelector('.images-off')?.textContent).toBe(
      '2 pictures not loaded. Show images (from Example News) · Always on example.com',
    );
    fireEvent.click(view.getByText('Show images'));
    expect(Array.from(view.container.querySelectorAll('img')).map((img) => img.getAttribute('src'))).toEqual([
      article.leadImage!.src,
      'x',
    ]);
    expect(view.container.querySelector('.images-off')).toBeNull();
    // The per-site choice stays, unticked, so the user can still make it.
    expect((view.getByLabelText('Always on example.com') as HTMLInputElement).checked).toBe(false);
  });

  it('placeholders: alt, else caption, else "Picture n of m", with the picture\'s own shape', () => {
    const body = [
      '<figure><img src="a.jpg" alt="A red tram on a bridge" width="1200" height="600"><figcaption>The new line opens in May.</figcaption></figure>',
      '<figure><img src="b.jpg" alt="" width="300" height="400"><figcaption>The mayor at the opening.</figcaption></figure>',
      '<p><img src="c.jpg"></p>',
    ].join('');
    const view = show({ status: 'article', article: sampleArticle({ leadImage: null, contentHtml: body }) });
    const placeholders = Array.from(view.container.querySelectorAll('.article-body .image-placeholder'));
    expect(placeholders.map((p) => p.textContent)).toEqual([
      'Picture 1 of 3: A red tram on a bridge',
      'Picture 2 of 3',
      'Picture 3 of 3',
    ]);
    // The caption under the second says what it shows; it is not repeated in the placeholder.
    expect(view.container.querySelector('.article-body')!.textContent).toContain('The mayor at the opening.');
    expect(placeholders.map((p) => (p as HTMLElement).dataset.aspectRatio)).toEqual([
      '1200 / 600',
      '300 / 400',
      undefined,
    ]);
    expect(
      placeholders.map((p) => (p.querySelector('.image-placeholder-shape') as HTMLElement).style.aspectRatio),
    ).toEqual(['1200 / 600', '300 / 400', '']);
  });

  it('pictures load by themselves on a site the user chose ("Always on …"), and the choice is kept', async () => {
    const first = show({ status: 'article', article }, () => {}, 'example.com');
    await waitFor(() => expect(first.container.querySelector('[data-auto-images]')).not.toBeNull());
    fireEvent.click(first.getByLabelText('Always on example.com'));
    await waitFor(() => expect(first.container.querySelectorAll('img')).toHaveLength(2));
    cleanup();
    // Opened again: the pictures show at once, and the box is ticked.
    const again = show({ status: 'article', article }, () => {}, 'example.com');
    await waitFor(() => expect(again.container.querySelectorAll('img')).toHaveLength(2));
    expect((again.getByLabelText('Always on example.com') as HTMLInputElement).checked).toBe(true);
    // On another site nothing loads.
    cleanup();
    const other = show({ status: 'article', article }, () => {}, 'other.org');
    await waitFor(() => expect(other.container.querySelector('[data-auto-images]')).not.toBeNull());
    expect(other.container.querySelectorAll('img')).toHaveLength(0);
  });

  it('body subheadings sit under the title: the highest is h2 and none skips a level', () => {
    const view = show({
      status: 'article',
      article: sampleArticle({ contentHtml: '<p>a</p><h4>First</h4><p>b</p><h6>Deeper</h6><h4>Second</h4>' }),
    });
    const levels = Array.from(view.container.querySelectorAll('.article-body :is(h1,h2,h3,h4,h5,h6)')).map(
      (h) => `${h.tagName}:${h.textContent}`,
    );
    expect(levels).toEqual(['H2:First', 'H3:Deeper', 'H2:Second']);
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
    const view = show({
      status: 'article',
      article: sampleArticle({
        warning: { kind: 'paywall', message: 'This page seems to show only the start of the story, behind a paywall.' },
      }),
    });
    const alert = view.getByRole('note');
    expect(alert.textContent).toContain('behind a paywall');
    expect(alert.querySelector('button')?.textContent).toBe('Show original page');
    expect(show({ status: 'article', article }).container.querySelector('.warning')).toBeNull();
  });

  it('not an article: says so and offers "Try anyway"', () => {
    const tryAnyway = vi.fn();
    const view = show(
      {
        status: 'problem',
        problem: { kind: 'not-article', message: "This page doesn't look like an article." },
        canTryAnyway: true,
      },
      tryAnyway,
    );
    // News, not an error: a status, not an alert.
    expect(view.queryByRole('alert')).toBeNull();
    expect(view.getByRole('status').textContent).toContain("This page doesn't look like an article.");
    fireEvent.click(view.getByText('Try anyway'));
    expect(tryAnyway).toHaveBeenCalledOnce();
  });

  it('restricted page: a clear reason, no button', () => {
    const view = show({
      status: 'restricted',
      message: "This is one of your browser's own pages. Extensions can't read it.",
    });
    expect(view.getByRole('alert').textContent).toContain("Pith can't read this page");
    expect(view.container.querySelector('button')).toBeNull();
  });

  it('error: a clear message', () => {
    const view = show({ status: 'error', message: 'The page did not answer in time. Reload it and try again.' });
    expect(view.getByRole('alert').textContent).toContain('The page did not answer in time.');
  });

  it('too large / empty: the message, no "Try anyway"', () => {
    const view = show({
      status: 'problem',
      problem: { kind: 'too-large', message: 'This page is too large for Pith. (41,000 elements)' },
      canTryAnyway: false,
    });
    expect(view.getByRole('status').textContent).toContain(
      'This page is too large for Pith to read without slowing down your browser.',
    );
    expect(view.queryByText('Try anyway')).toBeNull();
  });

  it('a failure inside the extractor: the plain message for its kind, never the exception text', () => {
    const view = show({
      status: 'problem',
      problem: {
        kind: 'failed',
        message: "Pith couldn't extract an article from this page. (TypeError: x is undefined)",
      },
      canTryAnyway: false,
    });
    expect(view.getByRole('alert').textContent).toContain(
      "Pith couldn't find an article on this page. Reload the page and try again.",
    );
    expect(view.container.textContent).not.toContain('TypeError');
  });

  it('announces the article when it arrives, with its warning if any', () => {
    expect(announcement({ status: 'loading' })).toBe('');
    expect(announcement({ status: 'article', article })).toBe('Article ready: The headline');
    expect(
      announcement({ status: 'article', article: sampleArticle({ warning: { kind: 'links', message: '' } }) }),
    ).toBe('Article ready: The headline. What Pith found is mostly links, not a story.');
  });
});
