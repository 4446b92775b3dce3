// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractBlocks, genericAdapter, rangeFor, type SiteAdapter } from '../../../lib/dom';
import { setBody } from './helpers';

describe('pathological pages', () => {
  it('reads text nested 200 (and 5000) levels deep without recursion', () => {
    for (const depth of [200, 5000]) {
      setBody('');
      let el: HTMLElement = document.body;
      for (let i = 0; i < depth; i++) {
        const child = document.createElement(i % 2 === 0 ? 'span' : 'b');
        el.appendChild(child);
        el = child;
      }
      el.textContent = 'deep text';
      const started = performance.now();
      // happy-dom's own getComputedStyle recurses per ancestor, so trust attributes here.
      const blocks = extractBlocks(document.body, genericAdapter, { visibility: 'attributes' });
      expect(blocks.map((b) => b.text)).toEqual(['deep text']);
      expect(rangeFor(blocks[0]!, 0, 4)?.toString()).toBe('deep');
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it('handles deeply nested block elements (5000 divs)', () => {
    setBody(`${'<div>x'.repeat(5000)}${'</div>'.repeat(5000)}`);
    const blocks = extractBlocks(document.body, genericAdapter, { visibility: 'attributes' });
    expect(blocks).toHaveLength(5000);
  });

  it('reads 20,000 elements in one quick pass', () => {
    const parts: string[] = [];
    for (let i = 0; i < 2000; i++) {
      parts.push(
        `<article class="post"><header><span>user${i}</span></header><div class="t"><span>Post ${i}</span> <a>link</a> <b>bold</b> text<br>more</div><footer><button>Like</button> <span>3</span></footer></article>`,
      );
    }
    setBody(parts.join(''));
    expect(document.body.getElementsByTagName('*').length).toBeGreaterThanOrEqual(20000);
    const adapter: SiteAdapter = {
      id: 'feed',
      hosts: [],
      blocks: [{ selector: 'article.post', kind: 'post', textSelector: '.t' }],
    };
    const started = performance.now();
    const blocks = extractBlocks(document.body, adapter);
    const elapsed = performance.now() - started;
    expect(blocks).toHaveLength(2000);
    expect(blocks[1999]?.text).toBe('Post 1999 link bold text\nmore');
    // happy-dom is far slower than a browser; this bound only catches quadratic behaviour.
    expect(elapsed).toBeLessThan(3000);
  });

  it('reads 20,000 generic elements quickly when trusting attributes', () => {
    setBody('<p>a <b>b</b> c</p>'.repeat(10000));
    const started = performance.now();
    const blocks = extractBlocks(document.body, genericAdapter, { visibility: 'attributes' });
    expect(blocks).toHaveLength(10000);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('builds one block from 40,000 text nodes (20,000 spans) in linear time', () => {
    // 60,000 nodes; happy-dom's TreeWalker alone takes about half a second over them.
    setBody(`<p>${'<span>word</span> '.repeat(20000)}</p>`);
    const started = performance.now();
    const [block] = extractBlocks(document.body, genericAdapter, { visibility: 'attributes' });
    expect(block?.text.length).toBe(20000 * 5 - 1);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
