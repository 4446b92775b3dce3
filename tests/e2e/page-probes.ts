/**
 * Functions that run inside a test page's main world, shared by the Chromium (Playwright) and
 * Firefox (puppeteer) suites. Each is passed whole to `page.evaluate` or an init script, so it
 * must not use anything from outside its own body.
 */

/** What the page's DOM looked like when parsed, and every change made to it since. */
export interface DomChanges {
  /** `document.body.innerHTML` at DOMContentLoaded, before any document_idle content script. */
  bodyAtReady: string;
  /** `document.body.innerHTML` now. */
  bodyNow: string;
  /** One line per mutation record seen on the whole document since DOMContentLoaded. */
  mutations: string[];
}

/** Init script: records the body as parsed and every later mutation of the document. */
export function recordDomChanges(): void {
  const record = { bodyAtReady: '', mutations: [] as string[] };
  (window as unknown as { __domChanges: typeof record }).__domChanges = record;
  document.addEventListener('DOMContentLoaded', () => {
    record.bodyAtReady = document.body.innerHTML;
    new MutationObserver((list) => {
      for (const m of list) {
        const target = m.target.nodeName + (m.attributeName ? `[${m.attributeName}]` : '');
        record.mutations.push(`${m.type} on ${target}`);
      }
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

/** Reads what {@link recordDomChanges} recorded, after pending mutation records are delivered. */
export async function recordedDomChanges(): Promise<DomChanges> {
  await new Promise((done) => setTimeout(done, 0));
  const record = (window as unknown as { __domChanges: Omit<DomChanges, 'bodyNow'> }).__domChanges;
  return { ...record, bodyNow: document.body.innerHTML };
}

/**
 * Where each of Hype Lens's highlight ranges lies: the id of its `[data-expect]` post (or, with
 * `nearestId`, of the nearest element with an id), `(editable)` or `(outside posts)`.
 */
export function marksByOwnerInPage(nearestId: boolean): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('hype-lens')) continue;
    for (const abstract of highlight) {
      const range = abstract as Range;
      let node: Node | null = range.startContainer;
      let owner = '(outside posts)';
      while (node !== null) {
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (el?.closest('input, textarea, [contenteditable="true"], [role="textbox"]')) {
          owner = '(editable)';
          break;
        }
        const post = el?.closest('[data-expect]') ?? (nearestId ? el?.closest('[id]') : null);
        if (post) {
          owner = post.id;
          break;
        }
        node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
      }
      out[owner] ??= [];
      out[owner].push(range.toString());
    }
  }
  return out;
}

/** How many `hype-lens-*` ranges the page holds (the reveal flash not counted). */
export function totalMarksInPage(): number {
  let n = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('hype-lens') && name !== 'hype-lens-flash') n += highlight.size;
  }
  return n;
}

/** How many `hype-lens-*` ranges start inside the element with id `id`. */
export function marksInElement(id: string): number {
  let n = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('hype-lens') || name === 'hype-lens-flash') continue;
    for (const range of highlight) {
      if (document.getElementById(id)?.contains((range as Range).startContainer)) n++;
    }
  }
  return n;
}

/** How many `hype-lens-*` ranges point into nodes no longer in the document. */
export function orphanMarks(): number {
  let n = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('hype-lens')) continue;
    for (const range of highlight) if (!(range as Range).startContainer.isConnected) n++;
  }
  return n;
}

/** On the X fixture: appends a hype post `#late` to the timeline; returns when, in page time. */
export function appendLateXPost(): number {
  const cell = document.createElement('div');
  cell.setAttribute('data-testid', 'cellInnerDiv');
  cell.innerHTML =
    '<article data-testid="tweet" id="late"><div data-testid="tweetText"><span>' +
    'My bot pays me $700 a day on autopilot, zero effort. DM me "BOT".</span></div></article>';
  document.querySelector('section[aria-label^="Timeline"]')?.append(cell);
  return performance.now();
}

/** On the X fixture: removes the cell of post `#x-hype-1`, as a virtualised feed does. */
export function removeFirstXHypePost(): void {
  document.getElementById('x-hype-1')?.closest('[data-testid="cellInnerDiv"]')?.remove();
}
