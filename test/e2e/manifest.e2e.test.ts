/** The production manifests, as built: least privilege, same code path for both browsers. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// contextMenus: the reader's "Read with Pith" item (no warning at install, no site access).
const REVIEWED_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
/** Chrome also: `offscreen`, for the document pages are read in off their main thread (no
 * install-time warning; Firefox reads them in its background page and needs nothing). */
const EXTRA_PERMISSIONS: Record<string, string[]> = { 'chrome-mv3': ['offscreen'], 'firefox-mv3': [] };
const manifest = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (dir) => {
  const m = manifest(dir);

  it('is MV3 and asks only for the reviewed permissions — no host access at install', () => {
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual([...REVIEWED_PERMISSIONS, ...EXTRA_PERMISSIONS[dir]].sort());
    expect(m.host_permissions ?? []).toEqual([]);
    const rest = { ...m, optional_host_permissions: undefined };
    expect(JSON.stringify(rest)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  it('may ask for web sites only later, one at a time, when the user turns per-site mode on', () => {
    // Optional: nothing is granted at install; permissions.request asks for one site's pattern.
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('injects no content script into pages by itself', () => {
    expect(m.content_scripts ?? []).toEqual([]);
  });

  it('ships a strict CSP for its own pages', () => {
    expect(m.content_security_policy.extension_pages).toMatch(/script-src 'self';/);
    expect(m.content_security_policy.extension_pages).toMatch(/object-src 'none'/);
  });
});

describe('firefox-mv3 manifest', () => {
  it('pins the add-on id', () => {
    expect(manifest('firefox-mv3').browser_specific_settings.gecko.id).toBe('pith@pith-reader.org');
  });
});
