// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BlockShape, SPLIT_ELEMENTS } from '../../../lib/annotate';
import { adapterFor, genericAdapter } from '../../../lib/dom';

const xAdapter = adapterFor('x.com');

const many = (n: number, tag = 'p') =>
  Array.from({ length: n }, (_, i) => `<${tag}>post ${i}</${tag}>`).join('');

describe('BlockShape.splitInto', () => {
  it('cuts a big container whose children are all blocks', () => {
    document.body.innerHTML = `<main id="m">\n${many(SPLIT_ELEMENTS + 5)}\n</main>`;
    const shape = new BlockShape(genericAdapter, document);
    const main = document.getElementById('m') as Element;
    expect(shape.splitInto(main)?.length).toBe(SPLIT_ELEMENTS + 5);
  });

  it('keeps a small container whole', () => {
    document.body.innerHTML = `<main id="m">${many(5)}</main>`;
    expect(
      new BlockShape(genericAdapter, document).splitInto(document.getElementById('m') as Element),
    ).toBeNull();
  });

  it('keeps a block whole when it has text of its own between its children', () => {
    document.body.innerHTML = `<div id="d">Intro text ${many(SPLIT_ELEMENTS + 5)}</div>`;
    expect(
      new BlockShape(genericAdapter, document).splitInto(document.getElementById('d') as Element),
    ).toBeNull();
  });

  it('keeps a block whole when an inline child carries its text', () => {
    document.body.innerHTML = `<div id="d"><span>lead</span>${many(SPLIT_ELEMENTS + 5)}</div>`;
    expect(
      new BlockShape(genericAdapter, document).splitInto(document.getElementById('d') as Element),
    ).toBeNull();
  });

  it('cuts anything outside blocks freely with a site adapter', () => {
    document.body.innerHTML = `<section id="s">stray <span>text</span>${many(SPLIT_ELEMENTS + 5, 'span')}</section>`;
    const shape = new BlockShape(xAdapter, document);
    expect(shape.enclosingBlock(document.getElementById('s') as Element)).toBeNull();
    expect(shape.splitInto(document.getElementById('s') as Element)?.length).toBe(
      SPLIT_ELEMENTS + 6,
    );
  });

  it('finds the enclosing block across a shadow boundary', () => {
    document.body.innerHTML = '<article data-testid="tweet" id="t"><div id="host"></div></article>';
    const host = document.getElementById('host') as Element;
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<span id="deep">hi</span>';
    const shape = new BlockShape(xAdapter, document);
    expect(shape.enclosingBlock(inner.getElementById('deep') as Element)?.id).toBe('t');
  });
});
