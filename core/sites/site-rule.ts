/** A site rule is data, not code: selectors for what generic rules cannot reach on one site.
 * See core/sites/README.md for how to add one. */
export interface SiteRule {
  /** The host the rule is for, e.g. "www.ksl.com"; it also applies to that host's subdomains. */
  domain: string;
  /** Where the article body is, most specific first; the first that matches is used. */
  content?: string[];
  /** Blocks to drop before extraction, beyond what the generic rules remove. */
  remove?: string[];
  /** Why this rule exists: what the generic rules got wrong on this site. */
  why: string;
}
