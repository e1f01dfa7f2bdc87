/** Takes the README's screenshot of the popup (docs/popup-ksl.png): the real popup, opened with
 * the toolbar button on the KSL fixture in headless Chromium, from the production Chrome build.
 * Run after `npx wxt build`, under the heavy-job lock:
 *   flock /work/heavy.lock npx tsx scripts/popup-screenshot.ts */
import { launchChromiumWithPith, openPopupByToolbar } from '../test/e2e/chromium';
import { startFixtureServer } from '../test/e2e/fixture-server';
import { waitFor } from '../test/e2e/popup-page';

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const pith = await launchChromiumWithPith();
  try {
    const page = await pith.browser.newPage();
    await page.goto(server.url('www.ksl.com--sheinbaum-us-military-intervention/'), { waitUntil: 'load' });
    const popup = await openPopupByToolbar(pith, page);
    await waitFor(popup, `document.querySelector('.article-body p') && document.querySelector('.popup-footer')`);
    // The first screen, as the popup shows it: 540 px wide, and Chrome's popup is at most 600 px high.
    await popup.screenshot({
      path: 'docs/popup-ksl.png',
      clip: { x: 0, y: 0, width: 540, height: 600 },
      captureBeyondViewport: true,
    });
    console.log('wrote docs/popup-ksl.png');
  } finally {
    await pith.close();
    await server.close();
  }
}

await main();
