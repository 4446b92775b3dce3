import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block } from '../../../lib/dom';

/** Replaces the test document's body with `html` and returns the body. */
export function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/**
 * Loads a fixture page into the test document. happy-dom does not run scripts inserted by
 * innerHTML, so the fixture's inline scripts (which attach shadow roots) are run here, as a
 * browser would have run them.
 */
export function loadFixture(name: string): Document {
  // Not `new URL(...)`: in this environment URL is happy-dom's, which resolves differently.
  const path = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures', name);
  const html = readFileSync(path, 'utf8').replace(/^<!doctype html>/i, '');
  const inner = html.replace(/^\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  document.documentElement.innerHTML = inner;
  for (const script of Array.from(document.querySelectorAll('script'))) {
    new Function(script.textContent ?? '')();
  }
  return document;
}

/** Texts of blocks, for compact assertions. */
export function texts(blocks: readonly Block[]): string[] {
  return blocks.map((b) => b.text);
}

/** Only the characters of block text [start, end) that come from text nodes, whitespace removed. */
export function mappedChars(block: Block, start: number, end: number): string {
  const parts: string[] = [];
  for (const seg of block.map.segments) {
    if (seg.node === null || seg.end <= start || seg.start >= end) continue;
    parts.push(block.text.slice(Math.max(seg.start, start), Math.min(seg.end, end)));
  }
  return parts.join('').replace(/\s+/g, '');
}

/** A small deterministic PRNG, so random-pair tests are reproducible. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
