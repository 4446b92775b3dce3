// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  extractBlocks,
  genericAdapter,
  rangeFor,
  rangesFor,
  type SiteAdapter,
} from '../../../lib/dom';
import { setBody, texts } from './helpers';

const cardAdapter: SiteAdapter = {
  id: 'card',
  hosts: [],
  blocks: [
    { selector: 'x-card', kind: 'post', textSelector: '[slot="title"], [slot="body"], .inner' },
  ],
};

function makeCard(): HTMLElement {
  const body = setBody(
    '<x-card id="card"><span slot="body">Body: earn <b>$10k</b> a month</span><a slot="title">Title words</a><span>unslotted, not rendered</span></x-card>',
  );
  const host = document.getElementById('card')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML =
    '<header>Chrome label</header><h3><slot name="title"></slot></h3><div class="inner">Shadow <i>inner</i> text</div><p><slot name="body"></slot></p><slot name="missing"><span class="inner">fallback</span></slot>';
  return body;
}

describe('open shadow roots', () => {
  it('reads shadow content and slotted light content in render order', () => {
    const blocks = extractBlocks(makeCard(), cardAdapter);
    expect(texts(blocks)).toEqual([
      'Title words\nShadow inner text\nBody: earn $10k a month\nfallback',
    ]);
  });

  it('counts text inside a nested component toward the enclosing block', () => {
    const body = setBody('<p id="p">Quit your job: <x-money id="m"></x-money> guaranteed</p>');
    document.getElementById('m')!.attachShadow({ mode: 'open' }).innerHTML =
      '<span>$500/day</span> on autopilot';
    const blocks = extractBlocks(body, genericAdapter);
    expect(blocks.map((b) => [b.element.id, b.text])).toEqual([
      ['p', 'Quit your job: $500/day on autopilot guaranteed'],
    ]);
  });

  it('builds ranges inside one tree and splits ranges that cross trees', () => {
    const [block] = extractBlocks(makeCard(), cardAdapter);
    const text = block!.text;
    const s = text.indexOf('earn');
    expect(rangeFor(block!, s, s + 'earn $10k'.length)?.toString()).toBe('earn $10k');
    const crossStart = text.indexOf('words');
    const crossEnd = text.indexOf('Shadow') + 'Shadow'.length;
    expect(rangeFor(block!, crossStart, crossEnd)).toBeNull();
    expect(rangesFor(block!, crossStart, crossEnd).map((r) => r.toString())).toEqual([
      'words',
      'Shadow',
    ]);
  });

  it('finds block roots that live inside shadow roots', () => {
    const body = setBody('<feed-app id="app"></feed-app>');
    const shadow = document.getElementById('app')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<x-card><span slot="title">Inside shadow</span></x-card>';
    const card = shadow.querySelector('x-card')!;
    card.attachShadow({ mode: 'open' }).innerHTML = '<slot name="title"></slot>';
    expect(texts(extractBlocks(body, cardAdapter))).toEqual(['Inside shadow']);
    expect(texts(extractBlocks(shadow, cardAdapter))).toEqual(['Inside shadow']);
  });
});
