import { OVERLAY_ATTRIBUTE } from '@/lib/dom';

/** The tag of the element that holds the overlay; extraction skips it by tag and by attribute. */
export const OVERLAY_TAG = 'hype-lens-overlay';

/** The overlay's element, its shadow root and the node React renders into. */
export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
}

/**
 * Applies the stylesheet through a constructed sheet when the browser allows it (a page's CSP
 * cannot block that), falling back to a <style> element inside the shadow root.
 */
function applyStyles(shadow: ShadowRoot, css: string, doc: Document): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in shadow) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Constructed sheets can be refused across the content-script boundary; use <style>.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/**
 * Creates the overlay host as the last child of <html>, outside <body>, so the page's own
 * markup stays exactly as it was. The shadow root is open so accessibility tools and
 * end-to-end tests can read the card.
 */
export function createOverlayHost(doc: Document, css: string): OverlayHost {
  const host = doc.createElement(OVERLAY_TAG);
  host.setAttribute(OVERLAY_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, css, doc);
  const container = doc.createElement('div');
  container.className = 'root';
  shadow.append(container);
  doc.documentElement.append(host);
  return { host, shadow, container };
}
