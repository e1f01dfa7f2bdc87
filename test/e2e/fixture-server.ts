/** Serves fixtures/ on 127.0.0.1 (a free port) for the real-browser tests, and the e2e tests' own
 * odd pages (test/e2e/pages/) under /_test/. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Pages made on request: path (after the leading slash) → HTML, or null for "not here". */
export type PageMaker = (path: string) => string | null;

export async function startFixtureServer(
  fixturesRoot = resolve('fixtures'),
  pagesRoot = resolve('test/e2e/pages'),
  makePage: PageMaker = () => null,
): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const made = makePage(path);
    if (made !== null) return void res.writeHead(200, { 'content-type': TYPES['.html'] }).end(made);
    let root = fixturesRoot;
    if (path.startsWith('_test/')) [root, path] = [pagesRoot, path.slice('_test/'.length)];
    const file = join(root, path.endsWith('/') || path === '' ? join(path, 'source.html') : path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
