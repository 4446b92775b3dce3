/** Builds the one expression that decides whether a block is worth a closer look. */
export function compilePrefilter(triggers: Iterable<string>): RegExp | null {
  const unique = [...new Set([...triggers].map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return null;
  // Longest first so alternation prefers the fullest trigger; a leading word boundary where the
  // trigger starts with a word character keeps "aim" from firing inside "claim".
  unique.sort((a, b) => b.length - a.length);
  const parts = unique.map((t) => (/^\w/.test(t) ? `\\b${escape(t)}` : escape(t)));
  return new RegExp(parts.join('|').replace(/ /g, '[\\s-]+'), 'gi');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
