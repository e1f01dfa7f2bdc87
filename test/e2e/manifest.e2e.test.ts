/** The production manifests, as built: least privilege, same code path for both browsers. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const REVIEWED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];
const manifest = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (dir) => {
  const m = manifest(dir);

  it('is MV3 and asks only for the reviewed permissions — no host access at install', () => {
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(REVIEWED_PERMISSIONS);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
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
