import type { Claim } from './types';

/** How a card was opened: hover cards close when the pointer leaves, keyboard cards hold focus. */
export type CardOrigin = 'hover' | 'keyboard';

/** The card on screen, if any. `seq` changes on every opening, even of the same claim. */
export interface OpenCard {
  claim: Claim;
  origin: CardOrigin;
  seq: number;
}

/** What the overlay renders: the open card and a counter bumped whenever layout may have moved. */
export interface OverlayState {
  open: OpenCard | null;
  layout: number;
}

/** A minimal external store for `useSyncExternalStore`: immutable snapshots, plain listeners. */
export interface OverlayStore {
  get(): OverlayState;
  set(change: Partial<OverlayState>): void;
  subscribe(listener: () => void): () => void;
}

/** A new store with no card open. */
export function createOverlayStore(): OverlayStore {
  let state: OverlayState = { open: null, layout: 0 };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(change) {
      state = { ...state, ...change };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
