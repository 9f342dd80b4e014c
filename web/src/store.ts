// A small observable store: the page's modules read the state, change it through the explorer, and redraw on change.

export type Listener<T> = (state: T, previous: T) => void;

export interface Store<T> {
  get(): T;
  update(change: (state: T) => T): void;
  subscribe(listener: Listener<T>): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => state,
    update(change) {
      const previous = state;
      state = change(state);
      if (state !== previous) for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
