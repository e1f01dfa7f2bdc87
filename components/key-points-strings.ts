/** The English words of the Key points box (one object, so they move to translations in one step). */
export const KEY_POINTS_STRINGS = {
  heading: 'Key points',
  madeBy: {
    summarizer: 'Summarized on this device by Chrome',
    extractive: 'Picked from the article by Pith',
  },
  offerButton: 'Summarize with Chrome',
  offerNote: 'Chrome first downloads its on-device model (once, for all sites). The article stays on this device.',
  downloading: (percent: number) => `Downloading Chrome’s model… ${percent}%`,
  summarizing: 'Chrome is summarizing the article…',
  failed: 'Chrome could not summarize this article, so these are the points Pith picked.',
  settingLabel: 'Show key points when the page has none (summarized by Chrome on this device, or picked by Pith)',
} as const;
