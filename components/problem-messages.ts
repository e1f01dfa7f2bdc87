/** What core found wrong, in the user's language. Core is pure and speaks English (its messages
 * are for the CLI too); the extension shows the translated message for the problem's kind, without
 * core's technical detail ("(nested too deeply)", an exception's text). */
import { i18n } from '../extension/i18n';
import type { ExtractionWarning, ProblemKind } from '../core/article';
import type { PlainMessageKey } from './i18n-keys';

const PROBLEM_KEYS: Record<ProblemKind, PlainMessageKey> = {
  'not-article': 'problem.notArticle',
  empty: 'problem.empty',
  'too-large': 'problem.tooLarge',
  failed: 'problem.failed',
  frames: 'problem.frames',
  'shadow-dom': 'problem.shadowDom',
  'not-html': 'problem.notHtml',
};

const WARNING_KEYS: Record<ExtractionWarning['kind'], PlainMessageKey> = {
  paywall: 'warning.paywall',
  'consent-wall': 'warning.consentWall',
  'signup-form': 'warning.signupForm',
  comments: 'warning.comments',
  links: 'warning.links',
  'maybe-not-article': 'warning.maybeNotArticle',
};

export const problemMessage = (kind: ProblemKind): string => i18n.t(PROBLEM_KEYS[kind]);
export const warningMessage = (kind: ExtractionWarning['kind']): string => i18n.t(WARNING_KEYS[kind]);
