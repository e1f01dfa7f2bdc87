// @vitest-environment jsdom
/** The Key points box in the popup's article view, with Chrome's Summarizer faked: headless
 * Chromium (the e2e tests' browser) has no on-device model, so the Summarizer's four cases —
 * available, downloadable with progress, unavailable, throwing — are driven here with a fake
 * `Summarizer` global, and the real browser is checked for Pith's own points only. */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ArticleView } from '../components/ArticleView';
import { KeyPointsBox } from '../components/KeyPointsBox';
import { setGeneratedKeyPoints } from '../extension/settings';
import {
  splitSummary,
  summarizerApi,
  summaryLanguage,
  type SummarizerApi,
  type SummarizerAvailability,
} from '../extension/summarizer';
import { sampleArticle } from './sample-article';

const PITH_POINTS = [
  'The council approved the budget on Tuesday.',
  'Libraries will open on Sundays.',
  'The plan costs $1.2 million.',
];
const article = sampleArticle({
  takeaways: null,
  keyPoints: { method: 'extractive', items: PITH_POINTS },
  text: 'Body one.\n\nBody two.',
});

interface FakeOptions {
  availability?: SummarizerAvailability | Error;
  summary?: string | Error;
  /** Progress events the download sends, 0 to 1, before create() resolves. */
  progress?: number[];
}

/** A stand-in for Chrome's `Summarizer`; records what Pith asked of it. */
function fakeSummarizer({
  availability = 'available',
  summary = '* Chrome point one.\n* Chrome point two.',
  progress = [],
}: FakeOptions = {}) {
  let finishDownload: () => void = () => {};
  const calls = { availability: [] as unknown[], create: [] as unknown[], summarize: [] as string[] };
  const api: SummarizerApi = {
    availability: async (options) => {
      calls.availability.push(options);
      if (availability instanceof Error) throw availability;
      return availability;
    },
    create: (options) => {
      calls.create.push(options);
      const listeners: Array<(event: { loaded: number }) => void> = [];
      options.monitor?.({ addEventListener: (_type, listener) => listeners.push(listener) });
      const instance = {
        summarize: async (text: string) => {
          calls.summarize.push(text);
          if (summary instanceof Error) throw summary;
          return summary;
        },
        destroy: () => {},
      };
      if (!progress.length) return Promise.resolve(instance);
      return new Promise((resolve) => {
        let i = 0;
        // Each call sends the next progress event; the last one finishes the download.
        finishDownload = () => {
          listeners.forEach((l) => l({ loaded: progress[i] }));
          i++;
          if (i >= progress.length) resolve(instance);
        };
      });
    },
  };
  return { api, calls, step: () => finishDownload() };
}

const shownItems = (container: Element) =>
  Array.from(container.querySelectorAll('.key-points-list li')).map((li) => li.textContent);
const boxStatus = (container: Element) => container.querySelector('.key-points [role="status"]')?.textContent;
const madeBy = (container: Element) => container.querySelector('.key-points-made-by')?.textContent;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the Summarizer module', () => {
  it('finds the global only where it has the API', () => {
    expect(summarizerApi({})).toBeNull();
    expect(summarizerApi({ Summarizer: { availability: () => {} } })).toBeNull();
    const api = fakeSummarizer().api;
    expect(summarizerApi({ Summarizer: api })).toBe(api);
  });

  it('summarizes only in the languages it writes', () => {
    expect([
      summaryLanguage('en-US'),
      summaryLanguage('es'),
      summaryLanguage('ja-JP'),
      summaryLanguage('de'),
      summaryLanguage(null),
    ]).toEqual(['en', 'es', 'ja', null, null]);
  });

  it('splits a plain-text key-points summary into its points', () => {
    expect(splitSummary('* One thing.\n\n- Two things.\n• Three.\n1. Four.\n')).toEqual([
      'One thing.',
      'Two things.',
      'Three.',
      'Four.',
    ]);
  });
});

describe('Key points in the article view', () => {
  it('no Summarizer (Firefox, headless Chromium): the points Pith picked, labelled so, and in Copy text', async () => {
    const view = render(<ArticleView article={article} />);
    await waitFor(() => expect(shownItems(view.container)).toEqual(PITH_POINTS));
    expect(view.getByRole('heading', { name: 'Key points' })).toBeTruthy();
    expect(madeBy(view.container)).toBe('Picked from the article by Pith');
    expect(view.container.querySelector('[data-summarize]')).toBeNull();
    expect(view.container.querySelector('.takeaways')).toBeNull();
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    fireEvent.click(view.getByText('Copy text'));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]).toEqual([
      expect.stringContaining(`Key points (picked by Pith):\n- ${PITH_POINTS[0]}`),
    ]);
  });

  it("available: Chrome's key points replace Pith's, labelled 'Summarized on this device by Chrome'", async () => {
    const fake = fakeSummarizer();
    vi.stubGlobal('Summarizer', fake.api);
    const view = render(<ArticleView article={article} />);
    await waitFor(() => expect(shownItems(view.container)).toEqual(['Chrome point one.', 'Chrome point two.']));
    expect(madeBy(view.container)).toBe('Summarized on this device by Chrome');
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    fireEvent.click(view.getByText('Copy text'));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]).toEqual([
      expect.stringContaining('Key points (summarized by Chrome):\n- Chrome point one.'),
    ]);
    expect(fake.calls.create[0]).toMatchObject({
      type: 'key-points',
      format: 'plain-text',
      length: 'short',
      outputLanguage: 'en',
    });
    expect(fake.calls.summarize).toEqual([article.text]);
  });

  it('downloadable: a button; its click starts the download, shows progress, then the summary', async () => {
    const fake = fakeSummarizer({ availability: 'downloadable', progress: [0, 0.42, 1] });
    vi.stubGlobal('Summarizer', fake.api);
    const view = render(<ArticleView article={article} />);
    const button = await view.findByRole('button', { name: 'Summarize with Chrome' });
    expect(shownItems(view.container)).toEqual(PITH_POINTS); // Pith's, until Chrome's are ready
    expect(fake.calls.create).toHaveLength(0); // nothing downloads without the user's click
    fireEvent.click(button);
    expect(fake.calls.create).toHaveLength(1);
    fake.step();
    fake.step();
    await waitFor(() => expect(boxStatus(view.container)).toContain('Downloading Chrome’s model… 42%'));
    expect((view.container.querySelector('.key-points-progress progress') as HTMLProgressElement).value).toBe(42);
    fake.step();
    await waitFor(() => expect(shownItems(view.container)).toEqual(['Chrome point one.', 'Chrome point two.']));
    expect(madeBy(view.container)).toBe('Summarized on this device by Chrome');
  });

  it("unavailable: Pith's points, no button", async () => {
    const fake = fakeSummarizer({ availability: 'unavailable' });
    vi.stubGlobal('Summarizer', fake.api);
    const view = render(<ArticleView article={article} />);
    await waitFor(() => expect(fake.calls.availability).toHaveLength(1));
    await waitFor(() => expect(shownItems(view.container)).toEqual(PITH_POINTS));
    expect(madeBy(view.container)).toBe('Picked from the article by Pith');
    expect(view.container.querySelector('[data-summarize]')).toBeNull();
    expect(fake.calls.create).toHaveLength(0);
  });

  it("throws: availability() failing keeps Pith's points; summarize() failing says so and keeps them", async () => {
    vi.stubGlobal('Summarizer', fakeSummarizer({ availability: new Error('NotAllowedError') }).api);
    const first = render(<ArticleView article={article} />);
    await waitFor(() => expect(madeBy(first.container)).toBe('Picked from the article by Pith'));
    cleanup();
    vi.stubGlobal('Summarizer', fakeSummarizer({ summary: new Error('The model crashed') }).api);
    const view = render(<ArticleView article={article} />);
    await waitFor(() =>
      expect(boxStatus(view.container)).toBe(
        'Chrome could not summarize this article, so these are the points Pith picked.',
      ),
    );
    expect(shownItems(view.container)).toEqual(PITH_POINTS);
    expect(madeBy(view.container)).toBe('Picked from the article by Pith');
  });

  it('a German article is not summarized by Chrome (its output would be a translation)', async () => {
    const fake = fakeSummarizer();
    vi.stubGlobal('Summarizer', fake.api);
    const view = render(<ArticleView article={{ ...article, lang: 'de' }} />);
    await waitFor(() => expect(shownItems(view.container)).toEqual(PITH_POINTS));
    expect(fake.calls.availability).toHaveLength(0);
  });

  it('turned off in the options: no generated box, and the Summarizer is not asked', async () => {
    await setGeneratedKeyPoints(false);
    const fake = fakeSummarizer();
    vi.stubGlobal('Summarizer', fake.api);
    const view = render(<ArticleView article={article} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(view.container.querySelector('.key-points')).toBeNull();
    expect(fake.calls.availability).toHaveLength(0);
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    fireEvent.click(view.getByText('Copy text'));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0][0]).not.toContain('Key points');
  });

  it("the publisher's takeaways are shown as before, with no Key points box", async () => {
    const view = render(<ArticleView article={sampleArticle()} />);
    expect(view.container.querySelectorAll('.takeaways-list li')).toHaveLength(2);
    expect(view.container.querySelector('.key-points')).toBeNull();
  });
});

describe('KeyPointsBox', () => {
  it('stands alone: heading, items, who made them', () => {
    const view = render(<KeyPointsBox keyPoints={{ method: 'summarizer', items: ['A.', 'B.'] }} />);
    expect(view.getByRole('complementary', { name: 'Key points' })).toBeTruthy();
    expect(shownItems(view.container)).toEqual(['A.', 'B.']);
    expect(madeBy(view.container)).toBe('Summarized on this device by Chrome');
  });
});
