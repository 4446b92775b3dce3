import { type Browser, browser } from 'wxt/browser';
import { Envelope, type MessageType, PROTOCOL, type RequestOf, type ResponseOf } from './protocol';

/** Who sent a message: the tab and frame for content scripts, nothing for extension pages. */
export type MessageSender = Browser.runtime.MessageSender;

/** How long a sender waits for an answer before giving up with null. */
export const DEFAULT_TIMEOUT_MS = 3_000;

/** Options for {@link sendMessage} and {@link sendToTab}. */
export interface SendOptions {
  /** Milliseconds to wait for the answer; null comes back after that. */
  timeoutMs?: number;
}

/** Handles one message type; the payload has already passed the protocol's request schema. */
export type Handler<T extends MessageType> = (
  payload: RequestOf<T>,
  sender: MessageSender,
) => ResponseOf<T> | Promise<ResponseOf<T>>;

/** The message types one receiver answers; the others are left to other receivers. */
export type Handlers = { [T in MessageType]?: Handler<T> };

/** Resolves to `fallback` when `promise` takes longer than `ms` or rejects. */
function settleWithin<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** Parses an answer with the protocol's response schema; null when it does not fit. */
function parseResponse<T extends MessageType>(type: T, raw: unknown): ResponseOf<T> | null {
  const parsed = PROTOCOL[type].response.safeParse(raw);
  return parsed.success ? (parsed.data as ResponseOf<T>) : null;
}

/** Sends a message to the extension (background, open extension pages); null on error or timeout. */
export async function sendMessage<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
  options: SendOptions = {},
): Promise<ResponseOf<T> | null> {
  try {
    const answer = settleWithin(
      Promise.resolve(browser.runtime.sendMessage({ type, payload })),
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      undefined,
    );
    return parseResponse(type, await answer);
  } catch {
    // No receiver (a sleeping or reloaded extension) is an ordinary situation, not an error.
    return null;
  }
}

/** Sends a message to a tab's content script; null on error, timeout or when none is listening. */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
  options: SendOptions = {},
): Promise<ResponseOf<T> | null> {
  try {
    const answer = settleWithin(
      Promise.resolve(browser.tabs.sendMessage(tabId, { type, payload })),
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      undefined,
    );
    return parseResponse(type, await answer);
  } catch {
    return null;
  }
}

/** Why an incoming message was ignored. */
type Rejection = 'malformed' | 'bad-payload' | 'handler-failed' | 'bad-response';

/**
 * Listens for protocol messages and answers those `handlers` cover. Every incoming envelope
 * and payload is parsed with zod; anything unknown or malformed is ignored (logged once per
 * reason with console.debug, which pages do not treat as an error) and never throws.
 * Returns a function that stops listening.
 */
export function onMessage(handlers: Handlers): () => void {
  const logged = new Set<string>();
  const note = (reason: Rejection, detail: string) => {
    const key = `${reason}:${detail}`;
    if (logged.has(key)) return;
    logged.add(key);
    console.debug(`Hype Lens: ignored a message (${reason}: ${detail})`);
  };

  const listener = (message: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    try {
      const envelope = Envelope.safeParse(message);
      if (!envelope.success) {
        note('malformed', describe(message));
        return undefined;
      }
      const { type } = envelope.data;
      const handler = handlers[type] as Handler<typeof type> | undefined;
      // Not ours to answer: another receiver (background vs. content script) handles it.
      if (!handler) return undefined;
      const request = PROTOCOL[type].request.safeParse(envelope.data.payload);
      if (!request.success) {
        note('bad-payload', type);
        return undefined;
      }
      return Promise.resolve()
        .then(() => handler(request.data as never, sender))
        .then(
          (response) => {
            const checked = PROTOCOL[type].response.safeParse(response);
            if (checked.success) return checked.data;
            note('bad-response', type);
            return undefined;
          },
          () => {
            note('handler-failed', type);
            return undefined;
          },
        );
    } catch {
      note('malformed', 'unreadable');
      return undefined;
    }
  };

  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** A short, safe description of an unrecognised message for the debug log. */
function describe(message: unknown): string {
  if (message === null || typeof message !== 'object') return typeof message;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? `type ${type.slice(0, 40)}` : 'no type';
}
