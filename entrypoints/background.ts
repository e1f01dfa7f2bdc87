/** The background only tidies up: when a tab closes, its cached article goes too. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetArticle } from './popup/article-cache';

export default defineBackground(() => {
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetArticle(tabId);
  });
});
