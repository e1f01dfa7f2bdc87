/** A copy of the page with the text of its web components (open shadow roots) put in place, for
 * pages that keep the story inside a custom element: `cloneNode` copies no shadow root, so without
 * this such a page reads as empty. Each host's shadow content replaces its children, with the
 * host's own children put where their <slot> is, as the browser shows them. One level: shadow roots
 * inside shadow content are not opened (rare in articles), nor are closed ones (not reachable). */
export function cloneWithShadowContent(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  const live = doc.getElementsByTagName('*');
  const copies = clone.getElementsByTagName('*');
  // The copy has the same elements in the same order: pair them before anything moves.
  const hosts: Array<[ShadowRoot, Element]> = [];
  for (let i = 0; i < live.length; i++) {
    const shadow = live[i].shadowRoot;
    if (shadow) hosts.push([shadow, copies[i]]);
  }
  for (const [shadow, host] of hosts) {
    const flat = clone.createDocumentFragment();
    for (const child of Array.from(shadow.childNodes)) flat.append(clone.importNode(child, true));
    for (const slot of Array.from(flat.querySelectorAll('slot'))) {
      const name = slot.getAttribute('name');
      const assigned = Array.from(host.childNodes).filter((node) => {
        const slotName = node.nodeType === 1 ? (node as Element).getAttribute('slot') : null;
        return name ? slotName === name : !slotName;
      });
      slot.replaceWith(...(assigned.length ? assigned : Array.from(slot.childNodes)));
    }
    host.replaceChildren(flat);
  }
  return clone;
}
