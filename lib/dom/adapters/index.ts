import type { SiteAdapter } from '../types';
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { linkedinAdapter } from './linkedin';
import { redditAdapter } from './reddit';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

/** Every site-specific adapter, in lookup order. */
export const siteAdapters: readonly SiteAdapter[] = [
  xAdapter,
  redditAdapter,
  linkedinAdapter,
  youtubeAdapter,
  facebookAdapter,
];

/** The adapter for a hostname ("www.reddit.com" → reddit), or the generic one. */
export function adapterFor(hostname: string): SiteAdapter {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const adapter of siteAdapters) {
    if (adapter.hosts.some((suffix) => host === suffix || host.endsWith(`.${suffix}`)))
      return adapter;
  }
  return genericAdapter;
}

export {
  facebookAdapter,
  genericAdapter,
  linkedinAdapter,
  redditAdapter,
  xAdapter,
  youtubeAdapter,
};
