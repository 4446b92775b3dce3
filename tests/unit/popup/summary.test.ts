import { describe, expect, it } from 'vitest';
import { CATEGORY_INFO, ruleById } from '@/lib/rules';
import { defaultSettings } from '@/lib/settings';
import {
  badgeText,
  countByCategory,
  groupByPost,
  highestSeverity,
  hypeLevel,
  isSitePaused,
  markdownReport,
  markdownText,
  ruleTitle,
  siteOf,
  unscannableReason,
  withSitePaused,
} from '@/lib/summary';
import { claim, FEED_CLAIMS, pageSummary } from './fixtures';

describe('hype level', () => {
  it.each([
    [[], 'none'],
    [['low'], 'mild'],
    [['low', 'low', 'low'], 'mild'],
    [['medium', 'medium'], 'notable'],
    [['high'], 'notable'],
    [['high', 'high', 'high', 'low'], 'heavy'],
    [['medium', 'medium', 'medium', 'medium', 'medium'], 'heavy'],
  ] as const)('%j is %s', (severities, level) => {
    const claims = severities.map((severity, i) => claim({ id: `c${i}`, severity }));
    expect(hypeLevel(claims)).toBe(level);
  });

  it('one strong claim outranks two weak ones', () => {
    const weak = [claim({ id: 'a', severity: 'low' }), claim({ id: 'b', severity: 'low' })];
    expect(hypeLevel(weak)).toBe('mild');
    expect(hypeLevel([claim({ id: 'c', severity: 'high' })])).toBe('notable');
  });

  it('highest severity', () => {
    expect(highestSeverity([])).toBeNull();
    expect(highestSeverity(FEED_CLAIMS)).toBe('high');
    expect(highestSeverity([claim({ id: 'x', severity: 'low' })])).toBe('low');
  });
});

describe('grouping and counting', () => {
  it('groups claims by post in order of first appearance', () => {
    const groups = groupByPost([FEED_CLAIMS[2], FEED_CLAIMS[0], FEED_CLAIMS[1]]);
    expect(groups.map((g) => [g.postId, g.claims.map((c) => c.id)])).toEqual([
      ['p2', ['c3']],
      ['p1', ['c1', 'c2']],
    ]);
    expect(groups[0].postExcerpt).toBe('Earn while you sleep with my course');
  });

  it('counts per category, most frequent first', () => {
    expect(countByCategory(FEED_CLAIMS)).toEqual([
      { category: 'front-loaded-effort', count: 2 },
      { category: 'guarantees', count: 1 },
    ]);
  });
});

describe('badge text', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
    [-1, ''],
  ])('%i claims → %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('markdown report', () => {
  it('summarises the page: level, categories with counterpoints, claims by post', () => {
    const report = markdownReport(pageSummary({ claims: FEED_CLAIMS }));
    expect(report).toContain('# Hype Lens report: feed.example');
    expect(report).toContain('Page: <https://feed.example/home>');
    expect(report).toContain('Scanned: 2025-01-02T03:04:05.000Z');
    expect(report).toContain('**3 claims: Notable hype**');
    expect(report).toContain(
      `- **${CATEGORY_INFO['front-loaded-effort'].label}** (2): ${CATEGORY_INFO['front-loaded-effort'].counterpoint}`,
    );
    expect(report).toContain('### Post 1: I make $6k a month on autopilot');
    expect(report).toContain(
      `- "guaranteed $500 a day": ${ruleById('guaranteed-income')?.title} (high)`,
    );
    expect(report.indexOf('### Post 1')).toBeLessThan(report.indexOf('### Post 2'));
    expect(report.indexOf('"on autopilot"')).toBeLessThan(report.indexOf('### Post 2'));
  });

  it('says so when nothing was found', () => {
    const report = markdownReport(pageSummary());
    expect(report).toContain('**0 claims: No hype found**');
    expect(report).not.toContain('## Claims by post');
  });

  it('keeps page text from turning into Markdown', () => {
    expect(markdownText('*free*  [link](x)\n# now')).toBe('\\*free\\* \\[link\\](x) \\# now');
  });

  it('names rules by title, custom phrases plainly', () => {
    expect(ruleTitle('autopilot-income')).toBe(ruleById('autopilot-income')?.title);
    expect(ruleTitle('custom-2')).toBe('Your own phrase');
  });
});

describe('pages Hype Lens cannot scan', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['https://example.org/files/Report.PDF', 'pdf'],
    ['https://example.org/feed', null],
    ['http://127.0.0.1:8080/x.html', null],
    ['https://chrome.google.com/search', null],
    [undefined, null],
  ])('%s → %s', (url, reason) => {
    expect(unscannableReason(url)).toBe(reason);
  });

  it('the site of a page is its host without www.', () => {
    expect(siteOf('https://www.reddit.com/r/x')).toBe('reddit.com');
    expect(siteOf('http://127.0.0.1:5000/feed.html')).toBe('127.0.0.1');
    expect(siteOf('chrome://newtab/')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });
});

describe('pausing a site', () => {
  const base = defaultSettings();

  it('in "everywhere" mode edits the paused list', () => {
    const paused = withSitePaused(base, 'feed.example', true);
    expect(paused.pausedSites).toEqual(['feed.example']);
    expect(isSitePaused(paused, 'feed.example')).toBe(true);
    expect(isSitePaused(paused, 'news.feed.example')).toBe(true);
    const resumed = withSitePaused(paused, 'feed.example', false);
    expect(resumed.pausedSites).toEqual([]);
    expect(isSitePaused(resumed, 'feed.example')).toBe(false);
  });

  it('resuming removes every pattern that covers the site and keeps the others', () => {
    const settings = { ...base, pausedSites: ['*.feed.example', 'other.example'] };
    expect(withSitePaused(settings, 'a.feed.example', false).pausedSites).toEqual([
      'other.example',
    ]);
  });

  it('in "only these sites" mode edits the allowed list', () => {
    const only = { ...base, siteMode: 'only' as const, onlySites: ['other.example'] };
    expect(isSitePaused(only, 'feed.example')).toBe(true);
    const resumed = withSitePaused(only, 'feed.example', false);
    expect(resumed.onlySites).toEqual(['other.example', 'feed.example']);
    expect(isSitePaused(resumed, 'feed.example')).toBe(false);
    expect(withSitePaused(resumed, 'feed.example', true).onlySites).toEqual(['other.example']);
  });
});
