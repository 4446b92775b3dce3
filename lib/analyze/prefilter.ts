/** Builds the one expression (a `#` word in a trigger stands for a number) that decides whether a block is worth a closer look. */
export function compilePrefilter(triggers: Iterable<string>): RegExp | null {
  const unique = [...new Set([...triggers].map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return null;
  // Longest first so alternation prefers the fullest trigger; a leading word boundary where the
  // trigger starts with a word character keeps "aim" from firing inside "claim".
  unique.sort((a, b) => b.length - a.length);
  const parts = unique.map((t) =>
    (/^\w/.test(t) ? `\\b${escapeRegExp(t)}` : escapeRegExp(t)).replace(
      /(^|\s)#(?=\s|$)/g,
      '$1\\d[\\d,.]*',
    ),
  );
  return new RegExp(parts.join('|').replace(/ /g, '[\\s-]+'), 'gi');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
