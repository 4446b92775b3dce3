import '~/assets/content.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountCards } from '@/lib/overlay';
import { PageSession } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  // After the page's own scripts have run, so we never delay first paint.
  runAt: 'document_idle',
  // The browser injects the highlight styles from the manifest: no <style> element in the page.
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Whatever goes wrong here must stay ours: an exception or console error would show up
    // in the page's devtools and in its error reporting, which is not our business.
    try {
      void new PageSession(ctx, (claims, actions) => mountCards(claims, actions))
        .start()
        .catch(() => {});
    } catch {
      // Without storage or the Highlight API we show nothing, and the page is unaffected.
    }
  },
});
