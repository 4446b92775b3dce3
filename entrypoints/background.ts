import { startSummaryService } from '@/lib/summary/service';

// Listeners are registered synchronously at start-up, so a woken MV3 service worker gets the
// message or tab event that woke it. Every tab's state lives in session storage, not here.
export default defineBackground(() => {
  startSummaryService();
});
