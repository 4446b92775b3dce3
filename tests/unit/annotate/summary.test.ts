// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Annotator, EXCERPT_LENGTH, pageSummary } from '../../../lib/annotate';
import { genericAdapter } from '../../../lib/dom';
import { PageSummary } from '../../../lib/messaging/protocol';
import { defaultAnalyzer, fakeHighlights, HYPE, manualScheduler } from './helpers';

describe('pageSummary', () => {
  it('describes each claim with its post, and fits the protocol', () => {
    document.body.innerHTML = `<p>${HYPE} ${'More words about the offer. '.repeat(10)}</p>`;
    const scheduler = manualScheduler();
    const annotator = new Annotator({
      document,
      adapter: genericAdapter,
      analyzer: defaultAnalyzer,
      highlights: fakeHighlights(),
      scheduler,
    });
    annotator.start();
    scheduler.flush();
    const summary = pageSummary(
      'https://example.com/a',
      'example.com',
      'done',
      annotator.claims(),
      42,
    );
    expect(PageSummary.parse(summary)).toEqual(summary);
    expect(summary.claims.length).toBe(annotator.claims().length);
    const [first] = summary.claims;
    expect(first?.postKind).toBe('paragraph');
    expect(first?.postExcerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(first?.postExcerpt.endsWith('…')).toBe(true);
    expect(new Set(summary.claims.map((c) => c.postId)).size).toBe(1);
    annotator.destroy();
  });
});
