import * as z from 'zod/mini';
import { CATEGORIES, SEVERITIES } from '../rules/schema';

z.config({ jitless: true });

/** One claim on a page, as the popup and the badge see it. */
export const ClaimSummary = z.object({
  /** Stable within the page's life: lets the popup ask the content script to reveal it. */
  id: z.string(),
  ruleId: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  quote: z.string(),
  /** The post (block) the claim is in, so the popup can group claims by post. */
  postId: z.string(),
  postKind: z.string(),
  postExcerpt: z.string(),
});

/** A claim as reported to the background. */
export type ClaimSummary = z.infer<typeof ClaimSummary>;

/** What the content script knows about its page. */
export const PageSummary = z.object({
  url: z.string(),
  site: z.string(),
  status: z.enum(['scanning', 'done', 'paused']),
  claims: z.array(ClaimSummary),
  updatedAt: z.number(),
});

/** One page's summary. */
export type PageSummary = z.infer<typeof PageSummary>;

/**
 * Every request and its response, by message type. A receiver parses the request with zod and
 * ignores what fails; a sender parses the response the same way.
 */
export const PROTOCOL = {
  /** content → background: the page's claims changed (or a fresh page started). */
  'summary/report': { request: PageSummary, response: z.object({ ok: z.boolean() }) },
  /** popup → background: the summary of a tab, or null when the tab was never scanned. */
  'summary/get': {
    request: z.object({ tabId: z.int() }),
    response: z.nullable(PageSummary),
  },
  /** popup → content: scroll to a claim and flash it. */
  'claim/reveal': {
    request: z.object({ claimId: z.string() }),
    response: z.object({ ok: z.boolean() }),
  },
  /** popup → content: show or hide the marks on this tab. */
  'marks/set-visible': {
    request: z.object({ visible: z.boolean() }),
    response: z.object({ ok: z.boolean() }),
  },
} as const;

/** The name of a message in {@link PROTOCOL}. */
export type MessageType = keyof typeof PROTOCOL;

/** The request payload of a message type. */
export type RequestOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['request']>;

/** The response payload of a message type. */
export type ResponseOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['response']>;

/** The envelope every message travels in. */
export const Envelope = z.object({
  type: z.enum(Object.keys(PROTOCOL) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});
