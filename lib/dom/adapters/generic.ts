import type { SiteAdapter } from '../types';

/**
 * Any other page: no notion of a post, so every block-level element is a block of its own and
 * holds the text directly inside it (nested blocks take their own text). body catches stray text.
 */
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  hosts: [],
  blocks: [
    { selector: 'h1, h2, h3, h4, h5, h6', kind: 'title' },
    {
      selector:
        'p, li, blockquote, dd, dt, td, th, figcaption, caption, pre, summary, div, section, article, main, aside, header, footer, nav, address, body',
      kind: 'paragraph',
    },
  ],
};
