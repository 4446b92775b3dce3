import type { Span } from '../lib/analyze/sentences';

/** Splits a document into paragraph spans (blank-line separated), the blocks the CLI analyses. */
export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t]*\n/g;
  let from = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > from) spans.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  if (text.length > from) spans.push({ start: from, end: text.length });
  return spans;
}
