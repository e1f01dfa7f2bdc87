/** The key points an extension page shows for an article, and the Summarizer's part in them:
 * - the publisher's takeaways, always;
 * - else, unless the user turned generated key points off: Chrome's on-device summary when the
 *   model is there (`available`), or on the user's click when it must be downloaded first;
 *   Pith's own extractive points meanwhile, and whenever Chrome has no model or fails. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article, KeyPoints } from '../core/article';
import { readGeneratedKeyPoints } from '../extension/settings';
import {
  checkSummarizer,
  summarizeKeyPoints,
  summarizerApi,
  summaryLanguage,
  type SummarizerApi,
} from '../extension/summarizer';

export type SummarizerStep =
  /** No Summarizer for this article: Pith's points are the ones shown. */
  | { step: 'none' }
  /** The model can be downloaded: the user is offered it. */
  | { step: 'offer' }
  | { step: 'downloading'; loaded: number }
  | { step: 'summarizing' }
  | { step: 'done' }
  /** Chrome was asked and could not: Pith's points stay, and the box says so. */
  | { step: 'failed' };

export interface ShownKeyPoints {
  /** What the page shows and copies; null: none (or not yet known whether the user wants them). */
  keyPoints: KeyPoints | null;
  summarizer: SummarizerStep;
  /** For the "Summarize with Chrome" button: call it from the click itself (a user gesture). */
  startDownload: () => void;
}

export function useKeyPoints(article: Article, api: SummarizerApi | null = summarizerApi()): ShownKeyPoints {
  const own = article.keyPoints ?? null; // an article cached by an older Pith has none
  const generated = own !== null && own.method !== 'publisher';
  const language = summaryLanguage(article.lang);
  const [enabled, setEnabled] = useState<boolean | null>(generated ? null : true);
  const [step, setStep] = useState<SummarizerStep>({ step: 'none' });
  const [summary, setSummary] = useState<string[] | null>(null);

  useEffect(() => {
    if (generated) void readGeneratedKeyPoints().then(setEnabled);
  }, [generated]);

  const run = useCallback(
    (onProgress?: (loaded: number) => void) => {
      if (!api || !language) return;
      summarizeKeyPoints(api, article.text, language, onProgress).then(
        (items) => {
          setSummary(items);
          setStep({ step: 'done' });
        },
        () => setStep({ step: 'failed' }),
      );
    },
    [api, article.text, language],
  );

  useEffect(() => {
    setSummary(null);
    setStep({ step: 'none' });
    if (!enabled || !generated || !api || !language) return;
    let current = true;
    void checkSummarizer(api, language).then((availability) => {
      if (!current) return;
      if (availability === 'available') {
        setStep({ step: 'summarizing' });
        run();
      } else if (availability === 'downloadable' || availability === 'downloading') setStep({ step: 'offer' });
    });
    return () => {
      current = false;
    };
  }, [enabled, generated, api, language, run]);

  const startDownload = useCallback(() => {
    setStep({ step: 'downloading', loaded: 0 });
    run((loaded) => setStep(loaded < 1 ? { step: 'downloading', loaded } : { step: 'summarizing' }));
  }, [run]);

  let keyPoints: KeyPoints | null = own;
  if (generated && !enabled) keyPoints = null;
  else if (generated && summary) keyPoints = { method: 'summarizer', items: summary };
  return { keyPoints, summarizer: step, startDownload };
}
