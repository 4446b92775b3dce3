import type { PageSummary } from '../messaging/protocol';
import { CATEGORY_INFO } from '../rules/categories';
import { groupByPost } from './group';
import { claimsLabel, countByCategory, HYPE_LEVEL_LABEL, hypeLevel } from './level';
import { ruleTitle } from './rule-title';

/** Page text quoted into Markdown: one line, with the characters Markdown would act on escaped. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A Markdown summary of a page's claims, for "Copy report" in the popup. */
export function markdownReport(summary: PageSummary): string {
  const { claims } = summary;
  const lines = [
    `# Hype Lens report: ${markdownText(hostOf(summary.url))}`,
    '',
    `Page: <${summary.url.replace(/>/g, '%3E')}>`,
    `Scanned: ${new Date(summary.updatedAt).toISOString()}`,
    '',
    `**${claimsLabel(claims.length)}: ${HYPE_LEVEL_LABEL[hypeLevel(claims)]}**`,
  ];
  if (claims.length === 0) return `${lines.join('\n')}\n`;

  lines.push('', '## By category', '');
  for (const { category, count } of countByCategory(claims)) {
    const info = CATEGORY_INFO[category];
    lines.push(`- **${info.label}** (${count}): ${info.counterpoint}`);
  }

  lines.push('', '## Claims by post');
  groupByPost(claims).forEach((post, index) => {
    lines.push('', `### Post ${index + 1}: ${markdownText(post.postExcerpt)}`, '');
    for (const claim of post.claims) {
      lines.push(
        `- "${markdownText(claim.quote)}": ${markdownText(ruleTitle(claim.ruleId))} (${claim.severity})`,
      );
    }
  });
  lines.push('', 'Found on this device by Hype Lens; no page text left the browser.');
  return `${lines.join('\n')}\n`;
}

/** The host name of a URL, or the URL itself when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}
