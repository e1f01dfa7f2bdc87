/** Key points made by Pith itself, in core: pure functions of the article's text and language. */
export { keyPointsOf } from './of-article';
export { pickKeyPoints, leadSentences, pointCount, MIN_POINTS, MAX_POINTS } from './pick';
export { splitSentences, type Sentence } from './sentences';
export { rejection, withoutDateline, type Rejection } from './eligible';
export { KEY_POINTS_COPY_LABELS, generatedKeyPoints, type GeneratedKeyPoints } from './labels';
