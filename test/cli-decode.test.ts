import { describe, expect, it } from 'vitest';
import { declaredEncoding, decodeHtml } from '../cli/decode';

const latin1 = (html: string) => new Uint8Array(Buffer.from(html, 'latin1'));
const PAD = `<script>${'var x = 1;\n'.repeat(200)}</script>`; // pushes what follows past the 1024-byte prescan

describe('declaredEncoding', () => {
  it('reads a BOM, then <meta charset>, then http-equiv Content-Type', () => {
    expect(declaredEncoding(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe('UTF-16LE');
    expect(declaredEncoding(latin1('<meta charset="windows-1252"><p>x'))).toBe('windows-1252');
    expect(declaredEncoding(latin1('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'))).toBe(
      'Shift_JIS',
    );
    expect(declaredEncoding(latin1('<meta charset="iso-8859-1">'))).toBe('windows-1252'); // as the Encoding Standard maps it
  });

  it('follows the HTML Standard where a regular expression would not', () => {
    // A charset in a content attribute counts only with http-equiv; a commented-out meta not at all.
    expect(declaredEncoding(latin1('<meta name="x" content="charset=koi8-r"><p>x'))).toBeNull();
    expect(declaredEncoding(latin1('<!-- <meta charset="koi8-r"> --><p>x'))).toBeNull();
    // A page cannot declare UTF-16 in ASCII bytes: it is read as UTF-8.
    expect(declaredEncoding(latin1('<meta charset="utf-16">'))).toBe('UTF-8');
  });

  it('reads a <meta charset> in <head> past the first 1024 bytes, as browsers do, but not one in the body', () => {
    expect(declaredEncoding(latin1(`<html><head>${PAD}<meta charset="windows-1251"></head><body>x`))).toBe(
      'windows-1251',
    );
    expect(declaredEncoding(latin1(`<html><head>${PAD}</head><body><meta charset="windows-1251">x`))).toBeNull();
  });

  it('gives null when nothing is declared or the label is unknown', () => {
    expect(declaredEncoding(latin1('<p>plain</p>'))).toBeNull();
    expect(declaredEncoding(latin1('<meta charset="no-such-charset">'))).toBeNull();
  });
});

describe('decodeHtml', () => {
  it('decodes by the declared encoding, else as UTF-8', () => {
    expect(decodeHtml(latin1('<meta charset="windows-1252"><p>caf\u00e9 \u0080</p>'))).toContain('café €');
    expect(decodeHtml(new Uint8Array(Buffer.from('<p>café</p>', 'utf8')))).toBe('<p>café</p>');
    const cyrillic = new Uint8Array([
      ...Buffer.from(`<head>${PAD}<meta charset="windows-1251"></head><p>`, 'latin1'),
      0xcf,
      0xf0,
      0xe8,
      0xe2,
      0xe5,
      0xf2,
    ]);
    expect(decodeHtml(cyrillic)).toContain('<p>Привет');
  });
});
