import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectHighlightApi, registerHighlights, unregisterHighlights } from '@/lib/highlights';

export default defineContentScript({
  matches: ['<all_urls>'],
  // After the page's own scripts have run, so we never delay first paint.
  runAt: 'document_idle',
  main(ctx) {
    // Whatever goes wrong here must stay ours: an exception or console error would show up
    // in the page's devtools and in its error reporting, which is not our business.
    try {
      const api = detectHighlightApi();
      if (!api) return;
      const ours = registerHighlights(api);
      ctx.onInvalidated(() => {
        try {
          unregisterHighlights(api, ours);
        } catch {
          // The document may already be going away; nothing left to clean.
        }
      });
    } catch {
      // Without the Highlight API working we show nothing, and the page is unaffected.
    }
  },
});
