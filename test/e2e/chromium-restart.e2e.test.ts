/** Per-site mode survives a browser restart, in real Chromium: a profile with Pith loaded from the
 * command line (as an installed extension starts with the browser), the fixture site turned on
 * from the popup, the browser closed and started again on the same profile.
 *
 * Chromium starts a command-line extension afresh on every launch and drops its dynamic content
 * scripts, persisted or not — so this also shows the start-up sync at work: the background reads
 * the saved sites and the granted access, and registers the auto-run script again. (The access
 * itself comes from the test-mode build, as explained in chromium-per-site.e2e.test.ts.) The
 * restored tab loads at start-up, possibly before that; the background then cleans the open tabs
 * of enabled sites itself. A newly opened tab is checked too. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumOnProfile, openPopupByToolbar, type ChromiumWithPith } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { pressSiteSwitch, siteSwitchState, waitFor } from './popup-page';

const KSL = 'www.ksl.com--sheinbaum-us-military-intervention';
const EXTENSION = resolve('.output/chrome-mv3-e2e');

let server: FixtureServer;
let profile: string;
let pith: ChromiumWithPith | null = null;

beforeAll(async () => {
  server = await startFixtureServer();
  profile = await mkdtemp(join(tmpdir(), 'pith-profile-'));
});

afterAll(async () => {
  await pith?.close();
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

async function openKsl(browser: ChromiumWithPith) {
  const page = await browser.browser.newPage();
  await page.goto(server.url(`${KSL}/`), { waitUntil: 'load' });
  return page;
}

describe('Chromium: per-site mode across a browser restart', () => {
  it('a site turned on before the restart is still on, and its pages clean themselves', async () => {
    pith = await launchChromiumOnProfile(EXTENSION, profile);
    const before = await openKsl(pith);
    const popup = await openPopupByToolbar(pith, before);
    expect(await siteSwitchState(popup)).toBe('off');
    await pressSiteSwitch(popup, 'on');
    await pith.close();

    // The browser reopens the KSL tab itself, as it does for a user who restores their tabs: that
    // tab may load before the worker has registered the script again; Pith cleans it either way.
    pith = await launchChromiumOnProfile(EXTENSION, profile, ['--restore-last-session']);
    const deadline = Date.now() + 15_000;
    let after = (await pith.browser.pages()).find((p) => p.url().includes(KSL));
    while (!after && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 200));
      after = (await pith.browser.pages()).find((p) => p.url().includes(KSL));
    }
    if (!after) throw new Error('the browser did not restore the KSL tab');
    await waitFor(after, `document.querySelector('[data-pith-toggle]') !== null`, 15_000);
    expect(await after.evaluate(() => document.body.innerText)).not.toContain('STAY IN THE KNOW');
    const fresh = await openKsl(pith);
    await waitFor(fresh, `document.querySelector('[data-pith-toggle]') !== null`, 15_000);
    const again = await openPopupByToolbar(pith, after);
    expect(await siteSwitchState(again)).toBe('on');
    expect(await again.$eval('.article', (el) => el.getAttribute('data-read-by'))).toBe('auto');
  });
});
