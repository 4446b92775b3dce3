/**
 * The map from block-text offsets back to DOM positions, and the Ranges built from it.
 * Every character of block text belongs to exactly one segment: a stretch of one text node
 * (mapped one to one, a collapsed space maps to the whitespace character it stands for), or a
 * gap we inserted (a line break between block-level pieces, an emoji image's alt text).
 */

/** Block text [start, end) equals `node.data` [offset, offset + end - start), up to whitespace. */
export interface TextSegment {
  start: number;
  end: number;
  node: Text;
  offset: number;
}

/** Block text [start, end) that no text node holds: a separator, or an atom's alt text. */
export interface GapSegment {
  start: number;
  end: number;
  node: null;
  /** The element the gap stands for (an emoji <img>), or null for a separator. */
  element: Element | null;
}

/** One piece of the offset map. */
export type Segment = TextSegment | GapSegment;

/** Maps block text back to the DOM; `nodes` and `snapshot` let a caller notice edits. */
export interface OffsetMap {
  /** Sorted, contiguous, covering the whole block text. */
  readonly segments: readonly Segment[];
  /** Each distinct text node the block read, in order. */
  readonly nodes: readonly Text[];
  /** `nodes[i].data` at extraction time. */
  readonly snapshot: readonly string[];
}

/** The part of a Block the map functions need. */
export interface MappedText {
  readonly element?: Element;
  readonly text: string;
  readonly map: OffsetMap;
}

interface Point {
  node: Node;
  offset: number;
}

/** Index of the first segment whose end is after `offset` (segments.length if none). */
function firstEndingAfter(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as Segment).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Where a range starting at `offset` begins, skipping separators; null if none before `limit`. */
function startPoint(segments: readonly Segment[], offset: number, limit: number): Point | null {
  for (let i = firstEndingAfter(segments, offset); i < segments.length; i++) {
    const seg = segments[i] as Segment;
    if (seg.start >= limit) return null;
    if (seg.node !== null) {
      return { node: seg.node, offset: seg.offset + Math.max(0, offset - seg.start) };
    }
    if (seg.element !== null) return pointBefore(seg.element);
  }
  return null;
}

/** Where a range ending at `offset` ends, skipping separators; null if none after `limit`. */
function endPoint(segments: readonly Segment[], offset: number, limit: number): Point | null {
  for (let i = firstEndingAfter(segments, offset - 1); i >= 0; i--) {
    const seg = segments[i];
    if (seg === undefined) continue;
    if (seg.end <= limit) return null;
    if (seg.node !== null) {
      return { node: seg.node, offset: seg.offset + Math.min(offset, seg.end) - seg.start };
    }
    if (seg.element !== null) return pointAfter(seg.element);
  }
  return null;
}

function pointBefore(el: Element): Point | null {
  const parent = el.parentNode;
  if (parent === null) return null;
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, el) as number };
}

function pointAfter(el: Element): Point | null {
  const before = pointBefore(el);
  return before === null ? null : { node: before.node, offset: before.offset + 1 };
}

function pointUsable(point: Point): boolean {
  if (!point.node.isConnected) return false;
  const length =
    point.node.nodeType === 3 ? (point.node as Text).length : point.node.childNodes.length;
  return point.offset >= 0 && point.offset <= length;
}

/**
 * A live Range covering block text [start, end), or null when the offsets are invalid, the
 * span holds no page text (only a separator), its nodes are detached or edited, or its ends lie
 * in different shadow trees (see `rangesFor`). Never throws.
 */
export function rangeFor(block: MappedText, start: number, end: number): Range | null {
  try {
    if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
    if (start < 0 || end > block.text.length || start > end) return null;
    const segments = block.map.segments;
    let from: Point | null;
    let to: Point | null;
    if (start === end) {
      from = startPoint(segments, start, start + 1);
      to = from;
    } else {
      from = startPoint(segments, start, end);
      to = endPoint(segments, end, start);
    }
    if (from === null || to === null || !pointUsable(from) || !pointUsable(to)) return null;
    if (from.node.getRootNode() !== to.node.getRootNode()) return null;
    const doc = from.node.ownerDocument;
    if (doc === null) return null;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    // setEnd collapses a backwards range; slotted content can make render order differ from
    // DOM order, and a silently collapsed range would highlight nothing without telling anyone.
    if (range.startContainer !== from.node || range.startOffset !== from.offset) return null;
    if (range.endContainer !== to.node || range.endOffset !== to.offset) return null;
    return range;
  } catch {
    return null;
  }
}

/**
 * Ranges that together cover block text [start, end), one per stretch that lies in a single
 * tree, so a claim running from slotted light DOM into a shadow root can still be highlighted.
 * Empty when nothing usable remains. Never throws.
 */
export function rangesFor(block: MappedText, start: number, end: number): Range[] {
  const whole = rangeFor(block, start, end);
  if (whole !== null) return [whole];
  const ranges: Range[] = [];
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > block.text.length) {
    return ranges;
  }
  const segments = block.map.segments;
  let runStart = -1;
  let runEnd = -1;
  let runRoot: Node | null = null;
  const flush = (): void => {
    if (runStart < 0) return;
    const piece = rangeFor(block, runStart, runEnd);
    if (piece !== null) ranges.push(piece);
    else {
      // Render order and DOM order disagree inside this run: fall back to one range per segment.
      for (const seg of segments) {
        if (seg.node === null || seg.end <= runStart || seg.start >= runEnd) continue;
        const one = rangeFor(block, Math.max(seg.start, runStart), Math.min(seg.end, runEnd));
        if (one !== null) ranges.push(one);
      }
    }
    runStart = -1;
  };
  for (let i = firstEndingAfter(segments, start); i < segments.length; i++) {
    const seg = segments[i] as Segment;
    if (seg.start >= end) break;
    const anchor = seg.node ?? seg.element;
    if (anchor === null) continue;
    const root = anchor.getRootNode();
    if (root !== runRoot) {
      flush();
      runRoot = root;
    }
    if (runStart < 0) runStart = Math.max(seg.start, start);
    runEnd = Math.min(seg.end, end);
  }
  flush();
  return ranges;
}

/** False once any node the block read is detached or its text has changed since extraction. */
export function blockStillValid(block: MappedText): boolean {
  if (block.element !== undefined && !block.element.isConnected) return false;
  const { nodes, snapshot, segments } = block.map;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Text;
    if (!node.isConnected || node.data !== snapshot[i]) return false;
  }
  for (const seg of segments) {
    if (seg.node === null && seg.element !== null && !seg.element.isConnected) return false;
  }
  return true;
}
