/** Key points made by Pith itself, in core: pure functions of the article's text and language. */
export { pickKeyPoints, leadSentences, pointCount, MIN_POINTS, MAX_POINTS } from './pick';
export { splitSentences, type Sentence } from './sentences';
export { rejection, withoutDateline, type Rejection } from './eligible';
