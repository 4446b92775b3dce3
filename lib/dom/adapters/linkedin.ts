import type { SiteAdapter } from '../types';

/** LinkedIn: feed updates carry their commentary in .update-components-text. */
export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  hosts: ['linkedin.com'],
  blocks: [
    // Comments sit inside their update's container; listed first so they are not read as posts.
    {
      selector: 'article.comments-comment-entity, article.comments-comment-item',
      kind: 'comment',
      textSelector: '.comments-comment-item__main-content, .update-components-text',
    },
    {
      selector: '.feed-shared-update-v2, div[data-urn^="urn:li:activity"]',
      kind: 'post',
      textSelector: '.update-components-text, .feed-shared-inline-show-more-text',
    },
  ],
};
