// @vitest-environment jsdom
/** The "Clean | Original" switch on a cleaned page: in a shadow root, styled through the CSSOM
 * only, and in step with the hidden blocks. */
import { afterEach, describe, expect, it } from 'vitest';
import { hideInPlace } from '../../content/hide-in-place';
import { mountPageToggle, TOGGLE_HOST_ATTRIBUTE } from '../../content/page-toggle';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

function page() {
  document.body.innerHTML =
    '<div id="ad" style="display: flex">Advert</div><aside id="news">Newsletter</aside><p id="story">The story.</p>';
  const [ad, news] = [document.getElementById('ad')!, document.getElementById('news')!];
  return { ad, news, blocks: hideInPlace([ad, news]) };
}

const buttons = () => {
  const host = document.querySelector(`[${TOGGLE_HOST_ATTRIBUTE}]`) as HTMLElement;
  const [clean, original] = Array.from(host.shadowRoot!.querySelectorAll('button'));
  return { host, clean, original };
};

describe('page toggle', () => {
  it('starts in "Clean": the blocks are hidden, the article is not', () => {
    const { ad, news, blocks } = page();
    mountPageToggle(document, blocks);
    expect(ad.style.display).toBe('none');
    expect(ad.style.getPropertyPriority('display')).toBe('important');
    expect(news.style.display).toBe('none');
    expect(document.getElementById('story')!.hasAttribute('style')).toBe(false);
    expect(buttons().clean.getAttribute('aria-pressed')).toBe('true');
  });

  it('"Original" shows the page as it was (inline styles included), "Clean" hides again', () => {
    const { ad, news, blocks } = page();
    mountPageToggle(document, blocks);
    buttons().original.click();
    expect(ad.getAttribute('style')).toBe('display: flex;');
    expect(news.hasAttribute('style')).toBe(false);
    expect(buttons().original.getAttribute('aria-pressed')).toBe('true');
    buttons().clean.click();
    expect(news.style.display).toBe('none');
  });

  it('lives in a shadow root, keeps its own styles with !important, and says what it did', () => {
    const { blocks } = page();
    mountPageToggle(document, blocks);
    const { host, clean } = buttons();
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(clean.style.getPropertyPriority('cursor')).toBe('important');
    expect(host.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe(
      'Pith hid 2 blocks of clutter on this page',
    );
    expect(document.querySelectorAll('style').length).toBe(0); // nothing a page CSP could block
  });

  it('remove() puts the page back and takes the switch away', () => {
    const { ad, blocks } = page();
    const toggle = mountPageToggle(document, blocks);
    toggle.remove();
    expect(ad.getAttribute('style')).toBe('display: flex;');
    expect(document.querySelector(`[${TOGGLE_HOST_ATTRIBUTE}]`)).toBeNull();
  });
});
