/** Pith's core: the one entry the extension and the CLI use, and the pure helpers around it. */
export { extractArticle, PROBLEM_MESSAGES, DEFAULT_MAX_ELEMENTS, OFF_THREAD_MAX_ELEMENTS } from './extract';
export { formatCleanText, formatMarkdown, formatDate, bylineLine } from './format';
export { sanitizeHtml, sanitizeToFragment } from './sanitize';
export { articleMarkdown } from './to-markdown';
export type * from './article';
export { findPageClutter } from './page-clutter';
export type { SiteRule, RulesFile, PageRules } from './rules/rule';
export { mergeRuleSets, withoutSelector, pageRules, findRuleFor, USER_RULE_REASON } from './rules/rule';
export { parseRulesFile, rulesFileText, validateRules, selectorProblem } from './rules/validate';
export { selectorFor, matchCount, isGeneratedName } from './rules/selector';
