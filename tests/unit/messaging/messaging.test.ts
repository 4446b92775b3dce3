import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, type PageSummary, sendMessage, sendToTab } from '@/lib/messaging';

const summary: PageSummary = {
  url: 'https://example.com/feed',
  site: 'generic',
  status: 'done',
  claims: [],
  updatedAt: 1,
};

/** Delivers a raw message to every runtime listener, as the browser would. */
function deliver(message: unknown, sender = {}) {
  return fakeBrowser.runtime.onMessage.trigger(message, sender);
}

describe('messaging', () => {
  let stop: (() => void) | undefined;

  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    stop?.();
    stop = undefined;
  });

  it('sendMessage returns the parsed answer of the handler for its type', async () => {
    const get = vi.fn(() => summary);
    stop = onMessage({ 'summary/get': get });
    await expect(sendMessage('summary/get', { tabId: 4 })).resolves.toEqual(summary);
    expect(get).toHaveBeenCalledWith({ tabId: 4 }, {});
  });

  it('handlers receive the sender', async () => {
    const report = vi.fn(() => ({ ok: true }));
    stop = onMessage({ 'summary/report': report });
    const sender = { tab: { id: 7 }, frameId: 0 };
    const [answer] = await deliver({ type: 'summary/report', payload: summary }, sender);
    expect(answer).toEqual({ ok: true });
    expect(report).toHaveBeenCalledWith(summary, sender);
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an envelope without a type', { payload: {} }],
    ['an unknown type', { type: 'summary/delete', payload: { tabId: 1 } }],
    ['a payload that fails the schema', { type: 'summary/get', payload: { tabId: 'one' } }],
    ['a missing payload', { type: 'summary/get' }],
  ])('ignores %s without answering or throwing', async (_name, message) => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error');
    const get = vi.fn(() => summary);
    stop = onMessage({ 'summary/get': get });
    const answers = await deliver(message);
    expect(answers).toEqual([undefined]);
    expect(get).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
  });

  it('logs a repeated malformed message only once', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    stop = onMessage({ 'summary/get': () => null });
    for (let i = 0; i < 5; i++) await deliver({ type: 'summary/get', payload: {} });
    expect(debug).toHaveBeenCalledTimes(1);
  });

  it('leaves message types it has no handler for to other receivers, silently', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    stop = onMessage({ 'summary/get': () => null });
    const answers = await deliver({ type: 'claim/reveal', payload: { claimId: 'c1' } });
    expect(answers).toEqual([undefined]);
    expect(debug).not.toHaveBeenCalled();
  });

  it('survives a handler that throws or answers outside the protocol', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    stop = onMessage({
      'claim/reveal': () => {
        throw new Error('boom');
      },
      'marks/set-visible': () => ({ ok: 'yes' }) as never,
    });
    await expect(deliver({ type: 'claim/reveal', payload: { claimId: 'x' } })).resolves.toEqual([
      undefined,
    ]);
    await expect(sendMessage('marks/set-visible', { visible: false })).resolves.toBeNull();
  });

  it('sendMessage returns null when nobody listens', async () => {
    await expect(sendMessage('summary/get', { tabId: 1 })).resolves.toBeNull();
  });

  it('sendMessage returns null when the answer does not fit the response schema', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ url: 42 }));
    await expect(sendMessage('summary/get', { tabId: 1 })).resolves.toBeNull();
  });

  it('sendMessage gives up with null after the timeout', async () => {
    vi.useFakeTimers();
    try {
      fakeBrowser.runtime.onMessage.addListener(() => new Promise(() => {}));
      const answer = sendMessage('summary/get', { tabId: 1 }, { timeoutMs: 50 });
      await vi.advanceTimersByTimeAsync(60);
      await expect(answer).resolves.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('sendToTab sends an envelope to the tab and parses the answer', async () => {
    const send = async () => ({ ok: true });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(send as never);
    const spy = fakeBrowser.tabs.sendMessage;
    await expect(sendToTab(3, 'claim/reveal', { claimId: 'c2' })).resolves.toEqual({ ok: true });
    expect(spy).toHaveBeenCalledWith(3, { type: 'claim/reveal', payload: { claimId: 'c2' } });
  });

  it('sendToTab returns null when the tab has no content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Receiving end does not exist.'),
    );
    await expect(sendToTab(3, 'marks/set-visible', { visible: true })).resolves.toBeNull();
  });

  it('stops answering after unsubscribing', async () => {
    stop = onMessage({ 'summary/get': () => summary });
    stop();
    await expect(sendMessage('summary/get', { tabId: 1 })).resolves.toBeNull();
  });
});
