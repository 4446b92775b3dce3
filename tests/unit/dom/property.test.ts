// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Block,
  extractBlocks,
  genericAdapter,
  rangesFor,
  type SiteAdapter,
} from '../../../lib/dom';
import { isSkippedElement } from '../../../lib/dom/skip';
import { walkFlattened } from '../../../lib/dom/walk';

// CI runs one fixed seed, so whether a change lands never hinges on a lucky draw; local runs
// keep exploring new inputs (a failure prints its seed and counterexample to replay).
if (process.env.CI) fc.configureGlobal({ seed: 20261124 });

/**
 * Random DOM trees for text extraction. Text mixes ASCII, emoji (surrogate pairs and ZWJ
 * sequences), combining marks, NBSP and runs of collapsible whitespace. Hidden and editable
 * nodes carry a marker word that must never reach a block.
 */
const SECRET = 'SECRETWORD';

type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'el'; tag: string; children: Tree[] }
  | { kind: 'hidden'; how: string; children: Tree[] }
  | { kind: 'field'; tag: 'input' | 'textarea' };

const piece = fc.constantFrom(
  'earn',
  '$9k',
  'month',
  'é',
  'e\u0301',
  'a\u0308\u0323',
  '🚀',
  '👩‍👩‍👧',
  '🇳🇱',
  '𝒜',
  '中文',
  'עברית',
  '\u00a0',
  ' ',
  '  ',
  '\n',
  '\t \n ',
  '\r\n',
  '.',
  '"',
  '<b>',
  '&amp;',
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: text.map((t) => ({ kind: 'text' as const, text: t })), weight: 4 },
    {
      arbitrary: fc.record({
        kind: fc.constant('el' as const),
        tag: fc.constantFrom('div', 'span', 'p', 'a', 'b', 'em', 'br'),
        children: fc.array(tie('node'), { maxLength: 4 }),
      }),
      weight: 4,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('hidden' as const),
        how: fc.constantFrom('hidden', 'aria-hidden', 'contenteditable', 'role-textbox'),
        children: fc.array(tie('node'), { maxLength: 2 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('field' as const),
        tag: fc.constantFrom('input' as const, 'textarea' as const),
      }),
      weight: 1,
    },
  ),
})).node;

const forest = fc.array(tree, { minLength: 1, maxLength: 6 });

/** Builds the trees under a fresh <article> in the document body. */
function build(trees: Tree[]): HTMLElement {
  document.body.innerHTML = '';
  const root = document.createElement('article');
  const add = (parent: Node, node: Tree): void => {
    if (node.kind === 'text') {
      parent.appendChild(document.createTextNode(node.text));
    } else if (node.kind === 'el') {
      const el = document.createElement(node.tag);
      if (node.tag !== 'br') for (const child of node.children) add(el, child);
      parent.appendChild(el);
    } else if (node.kind === 'hidden') {
      const el = document.createElement('span');
      if (node.how === 'hidden') el.setAttribute('hidden', '');
      else if (node.how === 'aria-hidden') el.setAttribute('aria-hidden', 'true');
      else if (node.how === 'contenteditable') el.setAttribute('contenteditable', 'true');
      else el.setAttribute('role', 'textbox');
      el.appendChild(document.createTextNode(` ${SECRET} `));
      for (const child of node.children) add(el, child);
      parent.appendChild(el);
    } else {
      const el = document.createElement(node.tag);
      if (node.tag === 'input') el.setAttribute('value', SECRET);
      else el.appendChild(document.createTextNode(SECRET));
      parent.appendChild(el);
    }
  };
  for (const node of trees) add(root, node);
  document.body.appendChild(root);
  return root;
}

/** One block per <article>: nested div/p are line breaks inside it, as on a social feed. */
const postAdapter: SiteAdapter = {
  id: 'post',
  hosts: [],
  blocks: [{ selector: 'article', kind: 'post' }],
};

const OPTIONS = { visibility: 'attributes' } as const;
const COLLAPSIBLE = /[ \t\n\r\f]/g;
const strip = (s: string): string => s.replace(/[ \t\n\r\f]+/g, '');

/** A range's text without what extraction leaves out (hidden and editable subtrees). */
function readableText(range: Range): string {
  const fragment = range.cloneContents();
  for (const el of Array.from(fragment.querySelectorAll('*'))) {
    if (isSkippedElement(el)) el.remove();
  }
  return fragment.textContent ?? '';
}

/** Two offsets into a text of `textLength`, in order, from two fractions. */
function cut(textLength: number, a: number, b: number): [number, number] {
  const x = Math.min(textLength, Math.floor(a * (textLength + 1)));
  const y = Math.min(textLength, Math.floor(b * (textLength + 1)));
  return x <= y ? [x, y] : [y, x];
}

function checkMap(block: Block): void {
  const { segments } = block.map;
  expect(segments[0]?.start).toBe(0);
  expect(segments[segments.length - 1]?.end).toBe(block.text.length);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg === undefined) continue;
    expect(seg.end).toBeGreaterThan(seg.start);
    if (i > 0) expect(seg.start).toBe(segments[i - 1]?.end);
    const slice = block.text.slice(seg.start, seg.end);
    if (seg.node === null) {
      // A gap the extractor inserted: a line break between block-level pieces (no atoms here).
      expect(seg.element).toBeNull();
      expect(slice).toBe('\n');
    } else {
      // Text maps one to one onto its node; a collapsed run shows as the one space it starts with.
      const source = seg.node.data.slice(seg.offset, seg.offset + slice.length);
      expect(source.replace(COLLAPSIBLE, ' ')).toBe(slice);
    }
  }
}

describe('text extraction: properties over random trees', () => {
  it('never throws, maps every character back, and never reads hidden or editable text', () => {
    fc.assert(
      fc.property(
        forest,
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (trees, cuts) => {
          const root = build(trees);
          for (const adapter of [postAdapter, genericAdapter]) {
            const blocks = extractBlocks(root, adapter, OPTIONS);
            for (const block of blocks) {
              expect(block.text).not.toContain(SECRET);
              // Collapsed: no edge space or break, no doubled one, only ' ' and '\n' as whitespace.
              expect(block.text).not.toMatch(/^[ \n]|[ \n]$|[\t\r\f]|[ \n]{2}/);
              checkMap(block);
            }
          }
          // With one block over the whole article, a range's readable text is the block text
          // (whitespace and inserted line breaks aside), wherever it starts and ends.
          for (const block of extractBlocks(root, postAdapter, OPTIONS)) {
            for (const [a, b] of cuts) {
              const [start, end] = cut(block.text.length, a, b);
              const ranges = rangesFor(block, start, end);
              const got = strip(ranges.map(readableText).join(''));
              expect(got, `[${start}, ${end}) of ${JSON.stringify(block.text)}`).toBe(
                strip(block.text.slice(start, end)),
              );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same blocks for the same input', () => {
    fc.assert(
      fc.property(forest, (trees) => {
        const root = build(trees);
        const once = extractBlocks(root, genericAdapter, OPTIONS);
        const twice = extractBlocks(root, genericAdapter, OPTIONS);
        expect(twice.map((b) => [b.element, b.text])).toEqual(once.map((b) => [b.element, b.text]));
        expect(twice.map((b) => b.map.segments)).toEqual(once.map((b) => b.map.segments));
        const rebuilt = build(trees);
        expect(extractBlocks(rebuilt, genericAdapter, OPTIONS).map((b) => b.text)).toEqual(
          once.map((b) => b.text),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('does work linear in the input: k copies of a tree cost k times the calls and segments of one', () => {
    const measure = (trees: Tree[]) => {
      const root = build(trees);
      let visits = 0;
      let skipCalls = 0;
      walkFlattened(
        root,
        (el) => {
          skipCalls++;
          return isSkippedElement(el);
        },
        { enter: () => visits++, text: () => visits++, leave: () => {} },
      );
      const blocks = extractBlocks(root, postAdapter, OPTIONS);
      const segments = blocks.reduce((n, b) => n + b.map.segments.length, 0);
      const length = blocks.reduce((n, b) => n + b.text.length, 0);
      let nodes = 0;
      const all = document.createTreeWalker(root, 0x1 | 0x4);
      while (all.nextNode()) nodes++;
      return { visits, skipCalls, segments, length, nodes };
    };
    fc.assert(
      fc.property(forest, fc.integer({ min: 2, max: 40 }), (trees, k) => {
        const one = measure(trees);
        const many = measure(Array.from({ length: k }, () => trees).flat());
        expect(many.nodes).toBe(k * one.nodes);
        // Each node visited once; the skip test a bounded number of times per element (the
        // TreeWalker asks again when climbing back out); the root counts once in each.
        expect(many.visits).toBe(k * (one.visits - 1) + 1);
        expect(many.skipCalls).toBeLessThanOrEqual(k * one.skipCalls);
        // Segments and text grow with the copies, plus at most one break between copies.
        expect(many.segments).toBeLessThanOrEqual(k * one.segments + (k - 1));
        expect(many.length).toBeLessThanOrEqual(k * one.length + (k - 1));
      }),
      { numRuns: 100 },
    );
  });
});
