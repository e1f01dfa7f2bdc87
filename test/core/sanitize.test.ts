// @vitest-environment jsdom
// (DOMPurify under happy-dom does not strip event handlers; jsdom behaves as browsers do.)
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../core/sanitize';

const clean = (html: string) => sanitizeHtml(window, html);

describe('sanitizeHtml', () => {
  it('removes scripts, event handlers and javascript: URLs', () => {
    const out = clean('<p onclick="steal()">Hi<script>steal()</script><img src="x.jpg" onerror="steal()"><a href="javascript:steal()">link</a></p>');
    expect(out).not.toMatch(/steal|onerror|onclick|javascript:|<script/i);
    expect(out).toContain('Hi');
  });

  it('removes forms, frames, styles, SVG and the ids and names pages use to clobber globals', () => {
    const out = clean('<form id="config"><input name="title"></form><iframe src="https://x"></iframe><style>p{}</style><svg><script>x</script></svg><p id="x" name="y" style="color:red" class="c">text</p>');
    expect(out).toBe('<p>text</p>');
  });

  it('opens links in a new tab without opener or referrer, and loads images without a referrer', () => {
    expect(clean('<a href="https://example.com/">x</a>')).toBe('<a href="https://example.com/" target="_blank" rel="noopener noreferrer">x</a>');
    expect(clean('<img src="https://example.com/a.jpg">')).toContain('referrerpolicy="no-referrer"');
  });

  it('is stable: sanitizing its own output changes nothing', () => {
    const once = clean('<p>a<b>b</b><a href="https://e.com">c</a><img src="https://e.com/i.png"></p>');
    expect(clean(once)).toBe(once);
  });
});
