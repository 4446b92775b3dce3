// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractBlocks, genericAdapter, rangeFor, type SiteAdapter } from '../../../lib/dom';
import { setBody, texts } from './helpers';

const postAdapter: SiteAdapter = {
  id: 'test',
  hosts: [],
  blocks: [{ selector: '.post', kind: 'post', textSelector: '.body' }],
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('inline markup', () => {
  it('joins a claim split across span, a, b, em and emoji into one stretch', () => {
    const body = setBody(
      '<p id="p"><span>Made </span><a href="#">$9,400</a> last <b>month</b> on <em>auto</em><span>pilot</span> 🚀 no skills</p>',
    );
    const [block] = extractBlocks(body, genericAdapter);
    expect(block?.text).toBe('Made $9,400 last month on autopilot 🚀 no skills');
    expect(block?.element.id).toBe('p');
    const start = block?.text.indexOf('$9,400') ?? -1;
    const end = block?.text.indexOf(' no') ?? -1;
    expect(rangeFor(block!, start, end)?.toString()).toBe('$9,400 last month on autopilot 🚀');
  });

  it('collapses whitespace runs and trims block edges', () => {
    const body = setBody('<p>\n   Earn   big\n\t money  <span>  fast </span>  </p>');
    expect(texts(extractBlocks(body, genericAdapter))).toEqual(['Earn big money fast']);
  });

  it('keeps non-breaking spaces as they are', () => {
    const body = setBody('<p>$10k\u00a0a month</p>');
    expect(texts(extractBlocks(body, genericAdapter))).toEqual(['$10k\u00a0a month']);
  });

  it('separates lines at <br> and block-level children so words never glue', () => {
    const body = setBody(
      '<div class="post"><div class="body">Line one<br>line two<div>line three</div><p>four</p><ul><li>five</li><li>six</li></ul></div></div>',
    );
    expect(texts(extractBlocks(body, postAdapter))).toEqual([
      'Line one\nline two\nline three\nfour\nfive\nsix',
    ]);
  });

  it('maps separators to nothing and every other character to its text node exactly', () => {
    const body = setBody(
      '<div class="post"><div class="body"><p>ab  c</p><p>d<b>e</b></p></div></div>',
    );
    const [block] = extractBlocks(body, postAdapter);
    expect(block?.text).toBe('ab c\nde');
    const kinds = block?.map.segments.map((s) =>
      s.node === null
        ? `gap:${JSON.stringify(block.text.slice(s.start, s.end))}`
        : s.node.data.slice(s.offset, s.offset + s.end - s.start),
    );
    expect(kinds).toEqual(['ab ', 'c', 'gap:"\\n"', 'd', 'e']);
  });

  it('gives emoji images their alt text as an atom', () => {
    const body = setBody(
      '<p>on autopilot<img alt="🤖" src="x.png"> now <img alt="Chart of revenue" src="y.png"></p>',
    );
    const [block] = extractBlocks(body, genericAdapter);
    expect(block?.text).toBe('on autopilot🤖 now');
    const r = rangeFor(block!, 3, 13);
    expect(r?.toString()).toBe('autopilot');
    expect(r?.endContainer).toBe(block?.element);
  });
});

describe('generic blocks', () => {
  it('makes each block-level element its own block, in document order', () => {
    const body = setBody(
      '<h1>Title here</h1><div>Intro text<p>Para one</p>tail</div><ul><li>Item</li></ul><table><tr><td>Cell</td></tr></table><blockquote>Quote</blockquote>',
    );
    const blocks = extractBlocks(body, genericAdapter);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', 'Title here'],
      ['paragraph', 'Intro text\ntail'],
      ['paragraph', 'Para one'],
      ['paragraph', 'Item'],
      ['paragraph', 'Cell'],
      ['paragraph', 'Quote'],
    ]);
  });

  it('reads the whole enclosing block when given a subtree inside it', () => {
    setBody('<p id="p">Earn <span id="s">$5k</span> weekly</p>');
    const blocks = extractBlocks(document.getElementById('s')!, genericAdapter);
    expect(texts(blocks)).toEqual(['Earn $5k weekly']);
  });

  it('extracts from a whole document, ignoring head', () => {
    setBody('<p>Body text</p>');
    document.title = 'Make money fast';
    expect(texts(extractBlocks(document, genericAdapter))).toEqual(['Body text']);
  });
});

describe('adapter blocks', () => {
  it('reads only the text regions and keeps nested blocks apart', () => {
    const adapter: SiteAdapter = {
      id: 'nest',
      hosts: [],
      blocks: [{ selector: '.c', kind: 'comment', textSelector: '.t' }],
    };
    const body = setBody(
      '<div class="c" id="c1"><span>Author</span><div class="t">Parent text</div><div class="c" id="c2"><span>Other</span><div class="t">Reply text</div></div><div class="t">More parent</div></div>',
    );
    const blocks = extractBlocks(body, adapter);
    expect(blocks.map((b) => [b.element.id, b.text])).toEqual([
      ['c1', 'Parent text\nMore parent'],
      ['c2', 'Reply text'],
    ]);
  });

  it('drops a post with no text region', () => {
    const body = setBody('<div class="post"><span>Only an author line</span></div>');
    expect(extractBlocks(body, postAdapter)).toEqual([]);
  });

  it('ignores rules with invalid selectors instead of throwing', () => {
    const adapter: SiteAdapter = {
      id: 'bad',
      hosts: [],
      blocks: [
        { selector: 'div[[', kind: 'post' },
        { selector: 'p', kind: 'paragraph' },
      ],
    };
    const body = setBody('<div><p>ok</p></div>');
    expect(texts(extractBlocks(body, adapter))).toEqual(['ok']);
  });
});
