import type { OffsetMap, Segment, TextSegment } from './offset-map';

/**
 * Whitespace runs that change when collapsed (CSS normal flow; NBSP deliberately is not in it):
 * anything but a lone space inside the text. A lone inner space already is its collapsed form, so
 * ordinary prose is copied in long runs instead of word by word (a 2 MB text node stays cheap).
 */
const COLLAPSIBLE = /[ \t\n\r\f]{2,}|[\t\n\r\f]|^ | $/g;

/** Where a pending collapsed space would come from. */
interface PendingSpace {
  node: Text;
  offset: number;
}

/** A finished block's text and its map. */
export interface BuiltText {
  text: string;
  map: OffsetMap;
}

/**
 * Accumulates one block's text: collapses whitespace runs to one space, drops it at the edges
 * and around separators, and records for every emitted character where it came from. Parts are
 * joined once at the end, so building is linear in the text length.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;
  private pendingSpace: PendingSpace | null = null;
  private pendingBreak = false;

  /** Appends a text node's data. */
  addText(node: Text): void {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      COLLAPSIBLE.lastIndex = i;
      const match = COLLAPSIBLE.exec(data);
      const wsStart = match === null ? data.length : match.index;
      if (wsStart > i) {
        this.flushPending();
        this.pushText(node, i, data.slice(i, wsStart));
      }
      if (match === null) break;
      if (this.length > 0 && !this.pendingBreak && this.pendingSpace === null) {
        this.pendingSpace = { node, offset: wsStart };
      }
      i = wsStart + match[0].length;
    }
  }

  /** Marks a boundary between block-level pieces; emitted as one "\n" only between text. */
  addBreak(): void {
    this.pendingSpace = null;
    if (this.length > 0) this.pendingBreak = true;
  }

  /** Appends text that stands for an element rather than a text node (an emoji image). */
  addAtom(text: string, element: Element): void {
    if (text.length === 0) return;
    this.flushPending();
    this.pushGap(text, element);
  }

  /** The collected text and map, or null when the block holds no visible text. */
  finish(): BuiltText | null {
    if (this.length === 0) return null;
    const nodes: Text[] = [];
    const snapshot: string[] = [];
    const seen = new Set<Text>();
    for (const seg of this.segments) {
      if (seg.node === null || seen.has(seg.node)) continue;
      seen.add(seg.node);
      nodes.push(seg.node);
      snapshot.push(seg.node.data);
    }
    return { text: this.parts.join(''), map: { segments: this.segments, nodes, snapshot } };
  }

  private flushPending(): void {
    if (this.pendingBreak) {
      this.pendingBreak = false;
      this.pendingSpace = null;
      this.pushGap('\n', null);
    } else if (this.pendingSpace !== null) {
      const { node, offset } = this.pendingSpace;
      this.pendingSpace = null;
      this.pushText(node, offset, ' ');
    }
  }

  private pushText(node: Text, offset: number, text: string): void {
    const last = this.segments[this.segments.length - 1];
    const end = this.length + text.length;
    // Extend the previous segment when it continues the same run of the same node, so ordinary
    // prose costs one segment per text node however many single spaces it has.
    if (
      last !== undefined &&
      last.node === node &&
      last.offset + (last.end - last.start) === offset
    ) {
      (last as TextSegment).end = end;
    } else {
      this.segments.push({ start: this.length, end, node, offset });
    }
    this.parts.push(text);
    this.length = end;
  }

  private pushGap(text: string, element: Element | null): void {
    const end = this.length + text.length;
    this.segments.push({ start: this.length, end, node: null, element });
    this.parts.push(text);
    this.length = end;
  }
}
