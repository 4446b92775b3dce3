import type { SiteAdapter } from '../types';

/** Reddit: shreddit-* web components (title and body slotted into shadow roots), and old.reddit. */
export const redditAdapter: SiteAdapter = {
  id: 'reddit',
  hosts: ['reddit.com'],
  blocks: [
    {
      selector: 'shreddit-post',
      kind: 'post',
      textSelector: '[slot="title"], a[id^="post-title"], [slot="text-body"]',
    },
    // Replies are shreddit-comments nested inside their parent; each becomes its own block.
    { selector: 'shreddit-comment', kind: 'comment', textSelector: '[slot="comment"]' },
    { selector: '.thing.link', kind: 'post', textSelector: 'a.title, .usertext-body .md' },
    { selector: '.thing.comment', kind: 'comment', textSelector: '.usertext-body .md' },
  ],
};
