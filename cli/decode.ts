/** Reads a saved page from disk as a browser would: gunzips .gz files and decodes the bytes by the
 * charset the page declares (BOM, then <meta charset> / http-equiv), falling back to UTF-8. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

export function declaredCharset(bytes: Uint8Array): string | null {
  for (const [bom, charset] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return charset;
  // The spec's prescan looks at the first 1024 bytes; pages in the wild put it later, so look at 4096.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w:.-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}

export function decodeHtml(bytes: Uint8Array): string {
  const charset = declaredCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown label: do as browsers do for a bad declaration
  }
  return decoder.decode(bytes);
}

export async function readHtmlFile(path: string): Promise<string> {
  const raw = await readFile(path);
  const bytes = path.endsWith('.gz') ? gunzipSync(raw) : raw;
  return decodeHtml(bytes);
}

/** The page's own idea of its address, read from the raw HTML (used when no --url is given). */
export function declaredUrl(html: string): string | null {
  const canonical =
    /<link[^>]+rel=["']canonical["'][^>]*href=["'](https?:\/\/[^"']+)["']/i.exec(html) ??
    /<link[^>]+href=["'](https?:\/\/[^"']+)["'][^>]*rel=["']canonical["']/i.exec(html) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["'](https?:\/\/[^"']+)["']/i.exec(html);
  return canonical ? canonical[1].replace(/&amp;/g, '&') : null;
}
