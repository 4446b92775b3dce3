// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  blockStillValid,
  extractBlocks,
  genericAdapter,
  rangeFor,
  rangesFor,
} from '../../../lib/dom';
import { mappedChars, rng, setBody } from './helpers';

const RICH =
  '<p>Made <span>$9,400</span> last <a href="#">month <b>on <em>auto</em>pilot</b></a> 🤖 with ChatGPT — no skills needed, <strong>DM</strong> me "AUTO".</p>';

describe('rangeFor', () => {
  it('matches text.slice for every pair when no whitespace is collapsed', () => {
    const [block] = extractBlocks(setBody(RICH), genericAdapter);
    const text = block!.text;
    for (let start = 0; start <= text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        expect(rangeFor(block!, start, end)?.toString()).toBe(text.slice(start, end));
      }
    }
  });

  it('matches text.slice (up to whitespace) for 2000 random pairs over messy markup', () => {
    const body = setBody(
      `<div>\n  <p>  Earn   <b>$10k</b>\n a <i>month</i>  </p>\n<ul>\n <li>while <a>you</a>   sleep</li><li>🚀 <span>no</span><span>skills</span></li></ul>Tail<br>text <img alt="💰" src="m.png"> end</div>`,
    );
    const blocks = extractBlocks(body, {
      id: 't',
      hosts: [],
      blocks: [{ selector: 'div', kind: 'post' }],
    });
    const [block] = blocks;
    expect(block?.text).toBe('Earn $10k a month\nwhile you sleep\n🚀 noskills\nTail\ntext 💰 end');
    const random = rng(42);
    const n = block!.text.length;
    for (let i = 0; i < 2000; i++) {
      const a = Math.floor(random() * (n + 1));
      const b = Math.floor(random() * (n + 1));
      if (a === b) continue; // empty spans are covered by their own test
      const [start, end] = a < b ? [a, b] : [b, a];
      const range = rangeFor(block!, start, end);
      const expected = mappedChars(block!, start, end);
      if (expected === '') continue; // only separators or spaces: nothing to mark
      expect(range, `${start}-${end}`).not.toBeNull();
      expect(range!.toString().replace(/\s+/g, ''), `${start}-${end}`).toBe(expected);
    }
  });

  it('returns null for invalid offsets instead of throwing', () => {
    const [block] = extractBlocks(setBody('<p>Some text</p>'), genericAdapter);
    for (const [s, e] of [
      [-1, 2],
      [0, 99],
      [5, 2],
      [0.5, 2],
      [Number.NaN, 3],
      [0, Number.POSITIVE_INFINITY],
    ] as const) {
      expect(rangeFor(block!, s, e)).toBeNull();
    }
    expect(rangesFor(block!, 5, 2)).toEqual([]);
  });

  it('returns null for a span that holds only a separator', () => {
    const [block] = extractBlocks(setBody('<div>one<br>two</div>'), genericAdapter);
    expect(block?.text).toBe('one\ntwo');
    expect(rangeFor(block!, 3, 4)).toBeNull();
    expect(rangeFor(block!, 2, 5)?.toString()).toBe('et');
  });

  it('gives a collapsed range for an empty span inside text', () => {
    const [block] = extractBlocks(setBody('<p>abc</p>'), genericAdapter);
    const r = rangeFor(block!, 1, 1);
    expect(r?.collapsed).toBe(true);
    expect(r?.startOffset).toBe(1);
  });

  it('returns null once nodes are detached or edited', () => {
    setBody('<p id="p">Earn <b id="b">big</b> now</p>');
    const [block] = extractBlocks(document.body, genericAdapter);
    document.getElementById('b')!.firstChild!.textContent = 'b';
    expect(rangeFor(block!, 5, 8)).toBeNull();
    document.getElementById('p')!.remove();
    expect(rangeFor(block!, 0, 4)).toBeNull();
  });
});

describe('blockStillValid', () => {
  it('is true for an untouched block', () => {
    const [block] = extractBlocks(setBody('<p>Earn <b>big</b></p>'), genericAdapter);
    expect(blockStillValid(block!)).toBe(true);
  });

  it('is false once the block element is detached', () => {
    setBody('<p id="p">Earn <b>big</b></p>');
    const [block] = extractBlocks(document.body, genericAdapter);
    document.getElementById('p')!.remove();
    expect(blockStillValid(block!)).toBe(false);
  });

  it('is false once one text node is removed', () => {
    setBody('<p>Earn <b id="b">big</b></p>');
    const [block] = extractBlocks(document.body, genericAdapter);
    document.getElementById('b')!.firstChild!.remove();
    expect(blockStillValid(block!)).toBe(false);
  });

  it('is false once text changes in place', () => {
    setBody('<p id="p">Earn big</p>');
    const [block] = extractBlocks(document.body, genericAdapter);
    (document.getElementById('p')!.firstChild as Text).data = 'Earn small';
    expect(blockStillValid(block!)).toBe(false);
  });

  it('is false once an emoji image is removed', () => {
    setBody('<p>Go <img id="i" alt="🚀" src="r.png"></p>');
    const [block] = extractBlocks(document.body, genericAdapter);
    document.getElementById('i')!.remove();
    expect(blockStillValid(block!)).toBe(false);
  });
});
