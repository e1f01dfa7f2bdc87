/** Hides elements of the live page and brings them back, without touching anything else: each
 * element's own inline `display` (value and priority) is remembered and restored exactly. Inline
 * styles set through the CSSOM work under any page Content-Security-Policy, unlike an injected
 * <style> element. */
export interface HiddenBlocks {
  readonly count: number;
  /** Hide the blocks (the "Clean" view). */
  hide(): void;
  /** Show them as the page had them (the "Original" view). */
  show(): void;
}

interface Saved {
  el: HTMLElement;
  value: string;
  priority: string;
  /** Whether the element had a style attribute at all (restored without a stray `style=""`). */
  hadStyle: boolean;
}

export function hideInPlace(elements: Element[]): HiddenBlocks {
  const saved: Saved[] = elements
    .filter((el): el is HTMLElement => 'style' in el)
    .map((el) => ({
      el,
      value: el.style.getPropertyValue('display'),
      priority: el.style.getPropertyPriority('display'),
      hadStyle: el.hasAttribute('style'),
    }));
  return {
    count: saved.length,
    hide() {
      for (const { el } of saved) el.style.setProperty('display', 'none', 'important');
    },
    show() {
      for (const { el, value, priority, hadStyle } of saved) {
        if (value) el.style.setProperty('display', value, priority);
        else el.style.removeProperty('display');
        if (!hadStyle && el.getAttribute('style') === '') el.removeAttribute('style');
      }
    },
  };
}
