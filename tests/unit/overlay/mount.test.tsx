import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { OVERLAY_ATTRIBUTE } from '@/lib/dom';
import { mountCards } from '@/lib/overlay';
import type { Rect } from '@/lib/overlay/geometry';
import { CLOSE_DELAY, HOVER_DELAY, type MountedOverlay, mountOverlay } from '@/lib/overlay/mount';
import type { Claim } from '@/lib/overlay/types';
import { claimIn, rect, type TestSource, testSource } from './claims';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PAGE = `
  <main>
    <p id="p0">Passive income on autopilot, $6k/month</p>
    <input id="field" value="draft">
    <textarea id="notes"></textarea>
    <div contenteditable="true" id="editor"><span id="inside">typing here</span></div>
    <p id="p1">Make $10k while you sleep, guaranteed</p>
    <button id="before">page button</button>
    <p id="p2">&lt;img src=x onerror=alert(1)&gt; quit your job on autopilot</p>
  </main>`;

// Claim i occupies one line at y = 100 + 200 i.
const RECTS: Record<string, Rect[]> = {
  c0: [rect(20, 100, 300, 20)],
  c1: [rect(20, 300, 300, 20)],
  c2: [rect(20, 500, 300, 20)],
};

let overlay: MountedOverlay | null = null;
let source: TestSource;
let claims: Claim[];
let actions: {
  dismiss: Mock<(claim: Claim) => void>;
  disableRule: Mock<(ruleId: string) => void>;
};

function mount(extra: Parameters<typeof mountOverlay>[2] = {}): MountedOverlay {
  act(() => {
    overlay = mountOverlay(source, actions, {
      geometry: { claimRects: (claim) => RECTS[claim.id] ?? [] },
      ...extra,
    });
  });
  return overlay as unknown as MountedOverlay;
}

function card(): HTMLElement | null {
  return overlay?.shadow.querySelector<HTMLElement>('[role="dialog"]') ?? null;
}

function button(name: string): HTMLButtonElement {
  const found = Array.from(overlay?.shadow.querySelectorAll('button') ?? []).find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

function pointAt(target: EventTarget, x: number, y: number): void {
  act(() => {
    target.dispatchEvent(
      new PointerEvent('pointermove', {
        bubbles: true,
        composed: true,
        clientX: x,
        clientY: y,
        pointerType: 'mouse',
      }),
    );
    vi.advanceTimersByTime(20); // one animation frame
  });
}

function wait(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

function press(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

const next = { key: 'N', code: 'KeyN', altKey: true, shiftKey: true };
const previous = { key: 'P', code: 'KeyP', altKey: true, shiftKey: true };

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'Date'],
  });
  document.body.innerHTML = PAGE;
  claims = ['p0', 'p1', 'p2'].map((id, i) =>
    claimIn(
      document.getElementById(id) as HTMLElement,
      `c${i}`,
      i === 1 ? 'guaranteed-income' : 'autopilot-income',
    ),
  );
  source = testSource(claims);
  actions = {
    dismiss: vi.fn<(claim: Claim) => void>(),
    disableRule: vi.fn<(ruleId: string) => void>(),
  };
});

afterEach(() => {
  act(() => overlay?.destroy());
  overlay = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the overlay host', () => {
  it('is a child of <html>, outside <body>, and leaves the page markup untouched', () => {
    const before = document.body.innerHTML;
    const { host } = mount();
    expect(host.localName).toBe('hype-lens-overlay');
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.hasAttribute(OVERLAY_ATTRIBUTE)).toBe(true);
    expect(document.body.contains(host)).toBe(false);
    press(document.body, next);
    expect(card()).not.toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  it('has an open shadow root carrying its isolated styles', () => {
    const { host, shadow } = mount();
    expect(host.shadowRoot).toBe(shadow);
    const css = [
      ...Array.from(shadow.adoptedStyleSheets ?? []).flatMap((s) =>
        Array.from(s.cssRules).map((r) => r.cssText),
      ),
      ...Array.from(shadow.querySelectorAll('style')).map((s) => s.textContent),
    ].join('\n');
    expect(css).toMatch(/:host\s*\{[^}]*all:\s*initial/);
    expect(css).toContain('prefers-color-scheme: dark');
  });
});

describe('hovering a claim', () => {
  it('opens the card of the claim under the pointer after a pause', () => {
    mount();
    pointAt(document.getElementById('p1') as HTMLElement, 50, 310);
    wait(HOVER_DELAY - 50);
    expect(card()).toBeNull();
    wait(60);
    expect(card()?.getAttribute('data-rule-id')).toBe('guaranteed-income');
    expect(card()?.textContent).toContain('Make $10k while you sleep, guaranteed');
  });

  it('places the card below the claim without covering it', () => {
    const { shadow } = mount();
    pointAt(document.body, 50, 110);
    wait(HOVER_DELAY + 10);
    const frame = shadow.querySelector<HTMLElement>('.frame');
    expect(frame?.dataset.side).toBe('below');
    expect(Number.parseFloat(frame?.style.top ?? '')).toBeGreaterThanOrEqual(120);
    expect(frame?.style.left).toBe('20px');
  });

  it('does not open for a pointer that only passes over a claim', () => {
    mount();
    pointAt(document.body, 50, 110);
    wait(100);
    pointAt(document.body, 50, 200);
    wait(HOVER_DELAY * 2);
    expect(card()).toBeNull();
  });

  it('stays open while the pointer travels into the card, closes after leaving both', () => {
    const { host } = mount();
    pointAt(document.body, 50, 110);
    wait(HOVER_DELAY + 10);
    expect(card()).not.toBeNull();
    pointAt(document.body, 50, 200); // off the claim, on the way to the card
    wait(CLOSE_DELAY - 100);
    pointAt(card() ?? host, 60, 140); // inside the card (retargeted to the host)
    wait(CLOSE_DELAY * 2);
    expect(card()).not.toBeNull();
    pointAt(document.body, 600, 700);
    wait(CLOSE_DELAY + 10);
    expect(card()).toBeNull();
  });

  it('ignores touch pointers', () => {
    mount();
    act(() => {
      document.body.dispatchEvent(
        new PointerEvent('pointermove', {
          bubbles: true,
          clientX: 50,
          clientY: 110,
          pointerType: 'touch',
        }),
      );
      vi.advanceTimersByTime(HOVER_DELAY * 2);
    });
    expect(card()).toBeNull();
  });
});

describe('keyboard navigation', () => {
  it('Alt+Shift+N and Alt+Shift+P cycle through claims and move focus into the card', () => {
    const { shadow } = mount();
    const first = press(document.body, next);
    expect(first.defaultPrevented).toBe(true);
    expect(card()?.textContent).toContain('Passive income on autopilot');
    expect(shadow.activeElement).toBe(card());
    press(shadow.activeElement ?? document.body, next);
    expect(card()?.textContent).toContain('Make $10k while you sleep');
    press(shadow.activeElement ?? document.body, next);
    expect(card()?.textContent).toContain('quit your job on autopilot');
    press(shadow.activeElement ?? document.body, next);
    expect(card()?.textContent).toContain('Passive income on autopilot');
    press(shadow.activeElement ?? document.body, previous);
    expect(card()?.textContent).toContain('quit your job on autopilot');
  });

  it('scrolls a claim that is off screen into view', () => {
    const scroll = vi.fn();
    (document.getElementById('p2') as HTMLElement).scrollIntoView = scroll;
    const saved = { ...RECTS };
    // c0 and c1 were scrolled past; c2 is below the fold, so "next" means c2.
    RECTS.c0 = [rect(20, -500, 300, 20)];
    RECTS.c1 = [rect(20, -300, 300, 20)];
    RECTS.c2 = [rect(20, 1500, 300, 20)];
    try {
      mount();
      press(document.body, next);
      expect(card()?.textContent).toContain('quit your job');
      expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });
    } finally {
      Object.assign(RECTS, saved);
    }
  });

  it('does not scroll a claim that is already on screen', () => {
    const scroll = vi.fn();
    (document.getElementById('p0') as HTMLElement).scrollIntoView = scroll;
    mount();
    press(document.body, next);
    expect(card()?.textContent).toContain('Passive income');
    expect(scroll).not.toHaveBeenCalled();
  });

  it.each(['field', 'notes', 'inside'])('leaves the shortcut alone while typing in #%s', (id) => {
    mount();
    const target = document.getElementById(id) as HTMLElement;
    target.focus();
    const event = press(target, next);
    expect(event.defaultPrevented).toBe(false);
    expect(card()).toBeNull();
  });

  it('Escape closes the card and gives focus back to where it was', () => {
    const { shadow } = mount();
    const origin = document.getElementById('before') as HTMLElement;
    origin.focus();
    press(origin, next);
    expect(shadow.activeElement).not.toBeNull();
    const escapeKey = press(shadow.activeElement ?? document.body, { key: 'Escape' });
    expect(escapeKey.defaultPrevented).toBe(true);
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(origin);
  });

  it('Escape closes a hover card without taking focus from the page', () => {
    mount();
    const field = document.getElementById('field') as HTMLElement;
    field.focus();
    pointAt(document.body, 50, 110);
    wait(HOVER_DELAY + 10);
    expect(card()).not.toBeNull();
    const escapeKey = press(field, { key: 'Escape' });
    expect(card()).toBeNull();
    expect(escapeKey.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('continues from the last visited claim after the card was closed', () => {
    const { shadow } = mount();
    press(document.body, next);
    press(shadow.activeElement ?? document.body, next);
    press(shadow.activeElement ?? document.body, { key: 'Escape' });
    press(document.body, next);
    expect(card()?.textContent).toContain('quit your job');
  });
});

describe('card actions', () => {
  it('"Not hype" dismisses the claim and closes the card', () => {
    mount();
    press(document.body, next);
    act(() => button('Not hype').click());
    expect(actions.dismiss).toHaveBeenCalledWith(claims[0]);
    expect(card()).toBeNull();
  });

  it('"Turn off this rule" disables the rule and closes the card', () => {
    mount();
    press(document.body, next);
    press(document.body, next);
    act(() => button('Turn off this rule').click());
    expect(actions.disableRule).toHaveBeenCalledWith('guaranteed-income');
    expect(card()).toBeNull();
  });

  it('the close button closes the card and restores focus', () => {
    mount();
    const origin = document.getElementById('before') as HTMLElement;
    origin.focus();
    press(origin, next);
    act(() => button('Close').click());
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(origin);
  });

  it('keeps a failing action from escaping into the page', () => {
    actions.dismiss.mockImplementation(() => {
      throw new Error('storage is gone');
    });
    const errors = vi.spyOn(console, 'error');
    mount();
    press(document.body, next);
    expect(() => act(() => button('Not hype').click())).not.toThrow();
    expect(card()).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('failures stay inside the overlay', () => {
  it('a claim that cannot render shows nothing, logs nothing, and the next card still works', () => {
    const errors = vi.spyOn(console, 'error');
    const broken = {
      ...claims[0],
      rule: { ...claims[0]?.rule, questions: null },
    } as unknown as Claim;
    source.set([broken, ...claims.slice(1)]);
    mount();
    expect(() => press(document.body, next)).not.toThrow();
    expect(card()).toBeNull();
    press(document.body, next);
    expect(card()?.textContent).toContain('Make $10k while you sleep');
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('following the claim source', () => {
  it('closes the open card when its claim disappears', () => {
    mount();
    press(document.body, next);
    act(() => source.set(claims.slice(1)));
    expect(card()).toBeNull();
    expect(overlay?.store.get().open).toBeNull();
    // The overlay still works afterwards: the next claim opens normally.
    press(document.body, next);
    expect(card()?.textContent).toContain('Make $10k while you sleep');
  });

  it('keeps the card open when other claims change', () => {
    mount();
    press(document.body, next);
    act(() => source.set(claims.slice(0, 1)));
    expect(card()?.textContent).toContain('Passive income on autopilot');
  });

  it('hover-tests against the new claims after a change', () => {
    mount();
    act(() => source.set([claims[2] as Claim]));
    pointAt(document.body, 50, 110);
    wait(HOVER_DELAY + 10);
    expect(card()).toBeNull();
    pointAt(document.body, 50, 510);
    wait(HOVER_DELAY + 10);
    expect(card()?.textContent).toContain('quit your job');
  });
});

describe('destroy', () => {
  it('removes the host, every listener and the subscription', () => {
    const added: [EventTarget, string, unknown][] = [];
    const removed: [EventTarget, string, unknown][] = [];
    for (const target of [window, document] as EventTarget[]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, fn, opts) => {
        added.push([target, type, fn]);
        add(type, fn, opts);
      });
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, fn, opts) => {
        removed.push([target, type, fn]);
        remove(type, fn, opts);
      });
    }
    const { host } = mount();
    const ours = added.filter(([, type]) => !type.startsWith('react'));
    expect(ours.map(([, type]) => type)).toEqual(
      expect.arrayContaining(['keydown', 'pointermove', 'scroll', 'resize']),
    );
    expect(source.listeners()).toBe(1);
    act(() => overlay?.destroy());
    for (const entry of ours) expect(removed).toContainEqual(entry);
    expect(host.isConnected).toBe(false);
    expect(document.querySelector('hype-lens-overlay')).toBeNull();
    expect(source.listeners()).toBe(0);
    const event = press(document.body, next);
    expect(event.defaultPrevented).toBe(false);
  });

  it('mountCards returns only destroy, and destroy is safe to call twice', () => {
    let handle: ReturnType<typeof mountCards> | null = null;
    act(() => {
      handle = mountCards(source, actions, { geometry: { claimRects: () => [] } });
    });
    expect(document.querySelectorAll('hype-lens-overlay')).toHaveLength(1);
    const h = handle as unknown as ReturnType<typeof mountCards>;
    expect(Object.keys(h)).toEqual(['destroy']);
    act(() => {
      h.destroy();
      h.destroy();
    });
    expect(document.querySelector('hype-lens-overlay')).toBeNull();
  });
});
