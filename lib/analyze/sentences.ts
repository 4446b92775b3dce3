/** A stretch of text, as UTF-16 offsets into the text it came from. */
export interface Span {
  start: number;
  end: number;
}

// A sentence ends after . ! ? or … (with closing quotes or brackets) before white space, or at a line break.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s)|\n+/g;

/** Splits text into sentence spans, trimmed of surrounding white space; never returns empty spans. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    push(text, from, m.index + m[0].length, spans);
    from = m.index + m[0].length;
  }
  push(text, from, text.length, spans);
  return spans;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 12;
}
