// Block-level tags end a line of visible text; everything else is inline.
const BLOCK_TAGS =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|article|section|header|footer|blockquote|tr|td|th|table|pre|hr|main|aside|nav|figure|figcaption|dd|dt)\b[^>]*>/gi;
const HIDDEN =
  /<(script|style|noscript|template|head|svg|textarea|select|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The visible text of an HTML document, one block per paragraph-like element, for the CLI. */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(HIDDEN, '')
    .replace(BLOCK_TAGS, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(whole, name))
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntity(whole: string, name: string): string {
  if (name[0] === '#') {
    const code =
      name[1]?.toLowerCase() === 'x'
        ? Number.parseInt(name.slice(2), 16)
        : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : whole;
  }
  return ENTITIES[name.toLowerCase()] ?? whole;
}
