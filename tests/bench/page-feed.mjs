/**
 * A generated social feed for the page benchmark and the demo: realistic posts, a few percent
 * of them effortless-income hype, the rest ordinary posts and hard negatives.
 */

const HYPE = [
  'Made {n} last month on autopilot with ChatGPT — no skills needed, DM me "AUTO" 🤖',
  'This AI side hustle pays me {n}/day while I sleep. Zero effort, link in bio 💸',
  'Guaranteed passive income: my students earn {n} a week on autopilot. Only 5 spots left!',
  'I quit my 9-5 after my faceless channel started making {n}/month. No experience needed, comment "SYSTEM".',
  'Set it up once and it runs itself: {n} in 30 days with my secret AI method 🚀',
];

const CLEAN = [
  'Spent the weekend repotting plants. The monstera finally has a new leaf 🌱',
  'Scam alert: ads promising "{n}/month on autopilot" are selling you a course, not an income.',
  'Has anyone actually made money from print-on-demand? What were your real costs and hours?',
  'Quarterly revenue rose 12% as data-center sales grew, the company said on Tuesday.',
  'Honest update: month six of my newsletter, {n} in revenue, about 20 hours a week of work.',
  'The robot vacuum cleans while you sleep, which is the only thing in this house that does.',
  'Reminder that our meetup is on Thursday at 7pm. Bring snacks and a laptop if you have one.',
  'Just finished a 10k run. Legs are jelly but the view over the river was worth it.',
  'Reading a great book on the history of bridges. Did you know Roman concrete heals itself?',
  'Our team is hiring a junior designer — experience with Figma helps but we will train you.',
  'Tried a new ramen place downtown. The broth was incredible, the noodles a bit soft.',
  'Thread: what I learned shipping a side project that made $0 for a year before it grew.',
];

const NAMES = ['Ava Chen', 'Ben Ortiz', 'Chloe Park', 'Dev Patel', 'Emma Rossi', 'Finn Walsh'];

/** Deterministic pseudo-random numbers, so every run benchmarks the same feed. */
export function rng(seed = 42) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function escapeHtml(text) {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
}

/** One post's text and whether it is hype. */
export function postText(index, random, hypeShare = 0.04) {
  const hype = random() < hypeShare;
  const pool = hype ? HYPE : CLEAN;
  const sum = `$${(Math.floor(random() * 90) + 10) * 100}`.replace(/(\d)(\d{3})$/, '$1,$2');
  const text = (pool[Math.floor(random() * pool.length)] ?? '').replaceAll('{n}', sum);
  return { hype, text, author: NAMES[index % NAMES.length] ?? 'Someone' };
}

/** The markup of one post: author line, text in its own paragraph, action buttons. */
export function postHtml(index, random, hypeShare) {
  const { hype, text, author } = postText(index, random, hypeShare);
  return {
    hype,
    html:
      `<article class="post" data-post="${index}"${hype ? ' data-hype=""' : ''}>` +
      `<header><b>${escapeHtml(author)}</b> <span class="handle">@user${index}</span> · <time>${(index % 23) + 1}h</time></header>` +
      `<p>${escapeHtml(text)}</p>` +
      `<footer><button>Like</button> <button>Reply</button> <button>Share</button></footer>` +
      '</article>',
  };
}

/** A whole feed page of `count` posts; `script` is inlined at the end of body. */
export function feedPage(count, { seed = 42, hypeShare = 0.04, script = '' } = {}) {
  const random = rng(seed);
  const posts = [];
  let hype = 0;
  for (let i = 0; i < count; i++) {
    const post = postHtml(i, random, hypeShare);
    if (post.hype) hype++;
    posts.push(post.html);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed</title>
<style>body{font:15px system-ui,sans-serif;max-width:640px;margin:0 auto}article{border-bottom:1px solid #ddd;padding:10px}header{color:#555}</style>
</head><body><main id="feed">${posts.join('\n')}</main><script>${script}</script></body></html>`;
  return { html, hype };
}
