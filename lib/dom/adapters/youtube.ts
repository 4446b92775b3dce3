import type { SiteAdapter } from '../types';

/** YouTube: video cards (title and description snippet), the watch page, and comments. */
export const youtubeAdapter: SiteAdapter = {
  id: 'youtube',
  hosts: ['youtube.com'],
  blocks: [
    {
      selector: 'ytd-rich-item-renderer, ytd-video-renderer, ytd-compact-video-renderer',
      kind: 'post',
      textSelector:
        '#video-title, #description-text, .metadata-snippet-text, .yt-lockup-metadata-view-model__title',
    },
    { selector: 'ytd-watch-metadata #title', kind: 'title' },
    { selector: 'ytd-watch-metadata #description', kind: 'description' },
    // Each comment, replies included; ytd-comment-thread-renderer only groups them.
    {
      selector: 'ytd-comment-view-model, ytd-comment-renderer',
      kind: 'comment',
      textSelector: '#content-text',
    },
  ],
};
