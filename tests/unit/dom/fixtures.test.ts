// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  adapterFor,
  type Block,
  blockStillValid,
  extractBlocks,
  rangesFor,
} from '../../../lib/dom';
import { loadFixture, mappedChars, rng } from './helpers';

interface FixtureCase {
  file: string;
  host: string;
  adapter: string;
  /** How many blocks of each kind the page's visible content gives. */
  kinds: Partial<Record<Block['kind'], number>>;
  /** Exact text of the block whose nearest [data-expect] owner has this id (first block if several). */
  texts: Record<string, string>;
}

const CASES: FixtureCase[] = [
  {
    file: 'x.html',
    host: 'x.com',
    adapter: 'x',
    kinds: { post: 7, description: 1 },
    texts: {
      'x-hype-1':
        "Made $9,400 last month on autopilot with ChatGPT — no skills needed, DM me 'AUTO' 🤖",
      'x-split': 'I make $10k/month while I 😴 sleep. Passive income on #autopilot 🚀',
      'x-bio':
        'Building small tools in public. Writing about what actually works for indie founders.',
    },
  },
  {
    file: 'reddit.html',
    host: 'www.reddit.com',
    adapter: 'reddit',
    kinds: { post: 6, comment: 3 },
    texts: {
      t3_hype1:
        'This AI side hustle pays me $300/day on autopilot\nNo experience, no skills needed. I set it up once in a weekend and it runs itself.\nDM me for the exact system 💸',
      t3_split:
        'How I did it (screenshots inside)\nMade $12,000 in 30 days 🚀 with zero effort — it literally makes money while you sleep.',
      t1_c1: 'Thanks for sharing actual costs, that is rare here.',
      t1_c2: 'Or skip the work: I earn $200 a day on autopilot with my bot, link in bio.',
    },
  },
  {
    file: 'linkedin.html',
    host: 'www.linkedin.com',
    adapter: 'linkedin',
    kinds: { post: 7, comment: 3 },
    texts: {
      'li-hype-1':
        'I replaced my 9-5 with an AI agency that runs on autopilot.\n$27,000 last month. No team, no experience needed.\nComment "SYSTEM" and I\'ll send you the playbook 👇',
      'li-split':
        'Stop trading time for money. My students earn $5,000/week with #passiveincome that runs 100% on autopilot ✅',
      'li-comment-hype': 'Same here, my bots make $400 a day while I sleep.',
    },
  },
  {
    file: 'youtube.html',
    host: 'www.youtube.com',
    adapter: 'youtube',
    kinds: { post: 7, title: 1, description: 1, comment: 2 },
    texts: {
      'yt-watch': 'I Made $10,000/Month With Faceless AI Channels (Fully Automated)',
      'yt-hype-1': 'This AI Side Hustle Pays $300/Day on Autopilot (No Skills Needed)',
      'yt-split':
        'Make $500 a Day 🤑 While You Sleep\nGuaranteed passive income on autopilot — start today with zero effort.',
      'yt-news':
        'Chipmaker Revenue Rose 12% — What It Means for the Market\nQuarterly results beat estimates as data-center sales grew, the company said.',
      'yt-comment-hype':
        'I now earn $4,000 every week on autopilot thanks to Mr. Daniel, contact him on WhatsApp 📈',
    },
  },
  {
    file: 'facebook.html',
    host: 'web.facebook.com',
    adapter: 'facebook',
    kinds: { post: 7, comment: 2 },
    texts: {
      'fb-hype-1':
        'Ladies, I made $8,700 this month from my phone 📱 while my kids napped.\nNo experience needed, it runs on autopilot. Comment "INFO" and I\'ll message you!',
      'fb-split': 'Earn $2,000 a week 🔥 from home with zero effort',
      'fb-comment-hype': 'Join my team, guaranteed $300 a day with zero effort 💸',
      'fb-question':
        'Has anyone tried renting out a parking space? Is it worth it after the insurance costs?',
    },
  },
  {
    file: 'generic.html',
    host: 'blog.example.org',
    adapter: 'generic',
    kinds: { title: 3, paragraph: 12 },
    texts: {
      'g-split': 'Join today and earn $10,000 a month while you sleep 💤 — guaranteed!',
      'g-hype-1':
        "Sponsored: Made $9,400 last month on autopilot with ChatGPT — no skills needed, DM me 'AUTO'.",
      'g-div': 'This slow cooker is set and forget: dinner is ready while you sleep.',
      'g-div-inner': 'Our honest numbers: $1,200 revenue, $450 costs, 10 hours a week.',
      'g-nav': 'Home Guides',
    },
  },
];

/** The nearest element with data-expect at or above `el`, crossing shadow boundaries. */
function owner(el: Element): Element | null {
  for (let current: Element | null = el; current !== null; ) {
    const found = current.closest('[data-expect]');
    if (found !== null) return found;
    current = (current.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return null;
}

describe.each(CASES)('fixture $file', (c) => {
  const load = (): Block[] => {
    const doc = loadFixture(c.file);
    return extractBlocks(doc, adapterFor(c.host));
  };

  it(`uses the ${c.adapter} adapter`, () => {
    expect(adapterFor(c.host).id).toBe(c.adapter);
  });

  it('finds the right number of blocks of each kind', () => {
    const counts: Partial<Record<Block['kind'], number>> = {};
    for (const b of load()) counts[b.kind] = (counts[b.kind] ?? 0) + 1;
    expect(counts).toEqual(c.kinds);
  });

  it('gives every visible marked element a block, and hidden ones none', () => {
    const blocks = load();
    const owners = new Set(blocks.map((b) => owner(b.element)));
    expect(owners.has(null)).toBe(false);
    const visible = Array.from(document.querySelectorAll('[data-expect]:not([data-hidden-hype])'));
    expect(visible.length).toBeGreaterThanOrEqual(6);
    expect(new Set(visible)).toEqual(owners);
    expect(document.querySelectorAll('[data-hidden-hype]').length).toBeGreaterThan(0);
  });

  it('reads the expected text for posts, comments and split claims', () => {
    const blocks = load();
    for (const [id, text] of Object.entries(c.texts)) {
      const block = blocks.find((b) => owner(b.element)?.id === id);
      expect(block?.text, id).toBe(text);
    }
  });

  it('never reads hidden posts, editable fields or the overlay', () => {
    for (const b of load()) {
      expect(b.text).not.toMatch(/Hidden hype|Typed:|Overlay card/);
      for (const node of b.map.nodes) {
        expect(
          node.parentElement?.closest(
            'input, textarea, select, [contenteditable="true"], [hidden]',
          ),
        ).toBeNull();
      }
    }
  });

  it('maps random spans of every block back to the DOM', () => {
    const random = rng(7);
    for (const block of load()) {
      expect(blockStillValid(block)).toBe(true);
      for (let i = 0; i < 50; i++) {
        const a = Math.floor(random() * (block.text.length + 1));
        const b = Math.floor(random() * (block.text.length + 1));
        if (a === b) continue;
        const [start, end] = a < b ? [a, b] : [b, a];
        const expected = mappedChars(block, start, end);
        if (expected === '') continue;
        // rangesFor, not rangeFor: a span may run from slotted light DOM into a shadow root.
        const marked = rangesFor(block, start, end)
          .map((r) => r.toString())
          .join('');
        expect(marked.replace(/\s+/g, ''), `${block.text} ${start}-${end}`).toBe(expected);
      }
    }
  });
});
