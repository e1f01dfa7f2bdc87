/** Which "site" a page belongs to for per-site mode: its registrable domain (ksl.com for
 * www.ksl.com and video.ksl.com), found with the public-suffix list (tldts), so that bbc.co.uk and
 * user.github.io are told apart correctly. Hosts with no registrable domain (an IP address,
 * localhost) are a site of their own. */
import { parse } from 'tldts';

// Private suffixes count too: alice.github.io and bob.github.io are different people's sites.
const PSL_OPTIONS = { allowPrivateDomains: true };

export interface Site {
  /** What the user sees and what settings are keyed by: "ksl.com". */
  domain: string;
  /** The host-permission and content-script match patterns for the site, subdomains included. */
  patterns: string[];
}

const DOMAIN_SHAPE = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^[0-9a-f:.]+$/;

/** The site of a web page, or null for pages per-site mode does not apply to (chrome://, file://…). */
export function siteOf(url: string | undefined): Site | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const parsed = parse(url, PSL_OPTIONS);
  const host = parsed.hostname?.toLowerCase();
  if (!host) return null;
  return siteForDomain(parsed.isIp || !parsed.domain ? host : parsed.domain);
}

/** The site for a stored domain name (no URL at hand: settings, the options page). */
export function siteForDomain(domain: string): Site {
  const parsed = parse(domain, PSL_OPTIONS);
  if (parsed.isIp || !parsed.domain)
    return { domain, patterns: [`*://${domain.includes(':') ? `[${domain}]` : domain}/*`] };
  // "*.ksl.com" matches ksl.com itself as well as every subdomain.
  return { domain, patterns: [`*://*.${domain}/*`] };
}

/** A plausible stored domain: lower-case host characters only (settings are validated on read). */
export function isDomainName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 253 && DOMAIN_SHAPE.test(value);
}
