/**
 * The part of @testing-library/react the card tests use, for their preact/compat run:
 * @testing-library/react drives react-dom itself, which a module alias cannot swap for Preact.
 */
import { fireEvent as domFireEvent, getQueriesForElement } from '@testing-library/dom';
import { type ComponentChild, render as preactRender } from 'preact';
import { act } from 'preact/test-utils';

export * from '@testing-library/dom';

const containers = new Set<HTMLElement>();

/** Renders `ui` into a fresh container in the body, as Testing Library's `render` does. */
export function render(ui: ComponentChild) {
  const container = document.body.appendChild(document.createElement('div'));
  containers.add(container);
  act(() => {
    preactRender(ui, container);
  });
  return { container, ...getQueriesForElement(container) };
}

/** Unmounts and removes everything `render` mounted. */
export function cleanup(): void {
  for (const container of containers) {
    act(() => {
      preactRender(null, container);
    });
    container.remove();
  }
  containers.clear();
}

/** Testing Library's fireEvent, with Preact's pending renders flushed after each event. */
export const fireEvent = new Proxy(domFireEvent, {
  apply(target, _this, args: Parameters<typeof domFireEvent>) {
    let result = false;
    act(() => {
      result = target(...args);
    });
    return result;
  },
  get(target, key: string) {
    const value = (target as unknown as Record<string, unknown>)[key];
    if (typeof value !== 'function') return value;
    return (...args: unknown[]) => {
      let result: unknown;
      act(() => {
        result = (value as (...a: unknown[]) => unknown)(...args);
      });
      return result;
    };
  },
});
