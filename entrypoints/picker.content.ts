/** The picker, injected into the tab only when the user asks ("Hide something Pith missed" in the
 * popup, through scripting.executeScript under activeTab). The popup closes as soon as the page has
 * the focus, so the picker runs on the page by itself and saves the rule through the background,
 * which takes the site from this page's address. Once saved, the chosen blocks are hidden at once. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { hideInPlace } from '../content/hide-in-place';
import { startPicker } from '../content/picker/picker';
import { sendMessage } from '../extension/messages';

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // A newer copy of the picker (the button pressed again) replaces this one.
    const picker = startPicker(document, {
      async onConfirm(selector, matches) {
        const result = await sendMessage('saveRule', { list: 'hide', selector });
        if (!result.ok) return result.message ?? 'unknown error';
        hideInPlace(matches).hide();
        return null;
      },
      onClose() {},
    });
    ctx.onInvalidated(() => picker.stop());
  },
});
