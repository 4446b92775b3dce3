// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractBlocks, genericAdapter, type SiteAdapter } from '../../../lib/dom';
import { setBody, texts } from './helpers';

const HYPE = 'passive income on autopilot';

describe('never reads what is not visible page text', () => {
  it.each([
    ['script', `<script>var s = "${HYPE}";</script>`],
    ['style', `<style>/* ${HYPE} */</style>`],
    ['noscript', `<noscript>${HYPE}</noscript>`],
    ['template', `<template><p>${HYPE}</p></template>`],
    ['svg', `<svg><text>${HYPE}</text></svg>`],
    // iframe is skipped by the same tag list; happy-dom tries to load one, so it is not used here.
    ['object fallback', `<object>${HYPE}</object>`],
    ['hidden attribute', `<div hidden><p>${HYPE}</p></div>`],
    ['aria-hidden subtree', `<div aria-hidden="true"><p><span>${HYPE}</span></p></div>`],
    ['display:none', `<div style="display:none"><p>${HYPE}</p></div>`],
    ['visibility:hidden', `<p style="visibility:hidden">${HYPE}</p>`],
    ['input value', `<input value="${HYPE}">`],
    ['textarea', `<textarea>${HYPE}</textarea>`],
    ['select option', `<select><option>${HYPE}</option></select>`],
    ['contenteditable', `<div contenteditable="true"><p>${HYPE}</p></div>`],
    ['contenteditable (empty value)', `<div contenteditable><b>${HYPE}</b></div>`],
    ['plaintext-only editor', `<div contenteditable="plaintext-only">${HYPE}</div>`],
    ['role=textbox composer', `<div role="textbox"><span>${HYPE}</span></div>`],
    ['overlay attribute', `<div data-hype-lens-overlay><p>${HYPE}</p></div>`],
    ['overlay element', `<hype-lens-overlay><p>${HYPE}</p></hype-lens-overlay>`],
  ])('%s', (_name, html) => {
    const body = setBody(`<p>Before.</p>${html}<p>After.</p>`);
    expect(texts(extractBlocks(body, genericAdapter))).toEqual(['Before.', 'After.']);
  });

  it('still reads contenteditable="false" islands outside an editor', () => {
    const body = setBody(`<p contenteditable="false">${HYPE}</p>`);
    expect(texts(extractBlocks(body, genericAdapter))).toEqual([HYPE]);
  });

  it('returns nothing when started inside a skipped ancestor', () => {
    setBody(
      `<div contenteditable="true"><p id="inner">${HYPE}</p></div><div aria-hidden="true"><p id="hid">${HYPE}</p></div>`,
    );
    expect(extractBlocks(document.getElementById('inner')!, genericAdapter)).toEqual([]);
    expect(extractBlocks(document.getElementById('hid')!, genericAdapter)).toEqual([]);
  });

  it('skips a hidden post found through an adapter', () => {
    const adapter: SiteAdapter = {
      id: 't',
      hosts: [],
      blocks: [{ selector: 'article', kind: 'post' }],
    };
    const body = setBody(
      `<article>shown one</article><article style="display:none">${HYPE}</article><article aria-hidden="true">${HYPE}</article><article>shown two</article>`,
    );
    expect(texts(extractBlocks(body, adapter))).toEqual(['shown one', 'shown two']);
  });

  it('reads display:none content when asked to trust attributes only', () => {
    const body = setBody(`<p style="display:none">${HYPE}</p>`);
    expect(texts(extractBlocks(body, genericAdapter, { visibility: 'attributes' }))).toEqual([
      HYPE,
    ]);
  });

  it('reads children of display:contents wrappers', () => {
    const body = setBody(`<div style="display:contents"><p>${HYPE}</p></div>`);
    expect(texts(extractBlocks(body, genericAdapter))).toEqual([HYPE]);
  });

  it('reads nothing while the document is in design mode', () => {
    const body = setBody(`<p>${HYPE}</p>`);
    document.designMode = 'on';
    try {
      expect(extractBlocks(body, genericAdapter)).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });
});
