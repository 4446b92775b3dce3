import type { Rect } from '@/lib/overlay/geometry';
import type { Claim, ClaimSource } from '@/lib/overlay/types';
import { builtInRules } from '@/lib/rules';
import type { Rule } from '@/lib/rules/schema';

/** A rule from the real rule base, by id. */
export function rule(id: string): Rule {
  const found = builtInRules().find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

/** A claim over the whole text of `element`'s first text node. */
export function claimIn(
  element: HTMLElement,
  id: string,
  ruleId = 'autopilot-income',
  extra: Partial<Claim['finding']> = {},
): Claim {
  const text = element.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.data.length);
  const r = rule(ruleId);
  return {
    id,
    rule: r,
    ranges: [range],
    block: {
      element,
      kind: 'paragraph',
      text: text.data,
      map: { segments: [], nodes: [text], snapshot: [text.data] },
    },
    finding: {
      ruleId: r.id,
      category: r.category,
      start: 0,
      end: text.data.length,
      quote: text.data,
      severity: r.severity,
      signals: [],
      score: 3,
      ...extra,
    },
  };
}

/** A claim source the test can change. */
export interface TestSource extends ClaimSource {
  set(claims: Claim[]): void;
  listeners(): number;
}

/** A ClaimSource over a mutable list. */
export function testSource(initial: Claim[]): TestSource {
  let claims = initial;
  const listeners = new Set<() => void>();
  return {
    claims: () => claims,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      claims = next;
      for (const l of [...listeners]) l();
    },
    listeners: () => listeners.size,
  };
}

/** A rectangle from x, y, width, height. */
export function rect(x: number, y: number, width: number, height: number): Rect {
  return { left: x, top: y, right: x + width, bottom: y + height };
}
