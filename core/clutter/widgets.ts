/** Embedded players and live widgets: weather forecasts, "Play button" video shells, live streams. */
import type { ClutterRule } from './rule';
import { namedMatching, parentsOf, widgetAround } from './rule';

/** A short label that names a widget (checked only on texts under 60 characters). */
export const WIDGET_LABEL =
  /\b(weather forecast|play button|play video|watch now|watch live|live stream|now playing|up next)$/i;
/** A video teaser: "VIDEO 04:12 Fed chair on the outlook". */
export const VIDEO_TEASER = /^(video|watch|listen)\b.{0,12}\b\d{1,2}:\d{2}\b/i;
const WIDGET_CLASS = /(^|[\s_-])(weather|wx|video-?player|jwplayer|vjs)([\s_-]|$)/;

const MAX_WIDGET_CHARS = 300;

export const mediaWidgets: ClutterRule = {
  reason: 'weather or video widget',
  scope: 'page',
  find: (context) => {
    const byLabel = parentsOf(
      context.shortTexts.filter(({ text }) => (text.length < 60 && WIDGET_LABEL.test(text)) || VIDEO_TEASER.test(text)),
    );
    const byClass = namedMatching(context, WIDGET_CLASS, MAX_WIDGET_CHARS);
    return [...byLabel, ...byClass].map((el) => widgetAround(el, MAX_WIDGET_CHARS, context.root));
  },
  examples: {
    removes: [
      '<div><h3>Channel 5 Weather Forecast</h3><div><button><span>Play button</span></button></div></div>',
      '<div><span>watch now</span><span>VIDEO 04:12 The chair on the outlook</span></div>',
    ],
    keeps: [
      '<p>The weather forecast for the weekend was wrong again, and the organisers had to move the race indoors at short notice.</p>',
    ],
  },
};
