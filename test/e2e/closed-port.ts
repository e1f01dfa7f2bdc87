/** An address on 127.0.0.1 where nothing listens: the browser shows its own error page there
 * ("This site can't be reached"), as for any site that is down. */
import { createServer } from 'node:net';

export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((done) => server.close(() => done()));
  return `http://127.0.0.1:${port}/story.html`;
}

/** Opens the browser's error page in a new tab of `browser` and waits until it is shown (pressing
 * the toolbar button while it is still being committed grants access to nothing). */
export async function openErrorPage(browser: import('puppeteer-core').Browser): Promise<import('puppeteer-core').Page> {
  const page = await browser.newPage();
  await page.goto(await closedPortUrl()).catch(() => undefined); // "fails" with net::ERR_CONNECTION_REFUSED
  await page.waitForFunction(`location.href.startsWith('chrome-error:') && document.readyState === 'complete'`);
  return page;
}
