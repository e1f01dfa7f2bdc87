/** Reads a saved page from disk as a browser would: gunzips .gz files and decodes the bytes by the
 * encoding the page declares, found by the HTML Standard's sniffing algorithm (`html-encoding-
 * sniffer`, jsdom's own: a BOM, then a <meta charset> or http-equiv Content-Type in the first 1024
 * bytes), falling back to UTF-8; decoded by the Encoding Standard (`@exodus/bytes`, jsdom's own:
 * Node 20's TextDecoder reads windows-1252 as Latin-1, turning “quotes” and € into controls). */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { legacyHookDecode } from '@exodus/bytes/encoding.js';
import sniffHtmlEncoding from 'html-encoding-sniffer';

/** The spec's prescan reads 1024 bytes; browsers go on reading a <meta charset> met later in
 * <head> (Chromium scans the whole head, Firefox re-parses when its parser meets it), and pages in
 * the wild rely on it. Past the first 1024 bytes, each <meta> up to the end of <head> is read by
 * the same prescan, started at that tag; this far at most. */
const MAX_HEAD_BYTES = 64 * 1024;
const HEAD_END = /<\/head\s*>|<body[\s>]/i;
const META = /<meta[\s/]/gi;

/** The sniffer's answer when the bytes declare nothing (it returns `defaultEncoding` as given). */
const NONE = '';

/** The canonical name of the encoding the page declares ("UTF-8", "windows-1252", "Shift_JIS"),
 * or null when it declares none. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: NONE });
  if (sniffed !== NONE) return sniffed;
  // Bytes as Latin-1 characters, one for one, so that a character's index is its byte's offset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, MAX_HEAD_BYTES)).toString(
    'latin1',
  );
  const end = HEAD_END.exec(head)?.index ?? head.length;
  for (const meta of head.slice(0, end).matchAll(META)) {
    if (meta.index < 1024) continue; // the prescan has read these
    const late = sniffHtmlEncoding(bytes.subarray(meta.index, end), { defaultEncoding: NONE });
    if (late !== NONE) return late;
  }
  return null;
}

/** The page's text. A BOM wins over any declaration and is not part of the text. */
export function decodeHtml(bytes: Uint8Array): string {
  return legacyHookDecode(bytes, (declaredEncoding(bytes) ?? 'utf-8').toLowerCase());
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
