import { describe, expect, it } from 'vitest';
import { decodeEntities, stripMarkup } from '../../core/plain-text';
import { documentFrom } from './html';

const doc = documentFrom('');

describe('stripMarkup', () => {
  it('keeps a "<" that starts no real tag', () => {
    expect(stripMarkup(doc, 'Why x<y matters')).toBe('Why x<y matters');
    expect(stripMarkup(doc, 'I <3 cats, a < b > c')).toBe('I <3 cats, a < b > c');
    expect(stripMarkup(doc, 'if x<y and y>z')).toBe('if x<y and y>z');
    expect(stripMarkup(doc, 'Vector<T> in depth')).toBe('Vector<T> in depth');
  });

  it('drops real tags, comments, and what scripts and styles hold', () => {
    expect(stripMarkup(doc, 'A <b>bold</b> title')).toBe('A bold title');
    expect(stripMarkup(doc, 'Ann<b>e</b> Lee')).toBe('Anne Lee');
    expect(stripMarkup(doc, '<script>alert("x")</script>Ann Lee<!-- note -->')).toBe('Ann Lee');
    expect(stripMarkup(doc, 'Line one<br>line two<p class="a>b">three</p>')).toBe('Line one line two three');
    expect(stripMarkup(doc, '<my-widget data-x="1">Custom</my-widget> element')).toBe('Custom element');
  });

  it('gives null when nothing is left', () => {
    expect(stripMarkup(doc, '<img src="x.png">')).toBeNull();
  });
});

describe('decodeEntities', () => {
  it('decodes character references and parses no markup', () => {
    expect(decodeEntities(doc, 'Fish &amp; chips &lt;3 &#8212; &eacute;')).toBe('Fish & chips <3 — é');
    expect(decodeEntities(doc, '<b>kept</b> &amp;')).toBe('<b>kept</b> &');
  });
});
