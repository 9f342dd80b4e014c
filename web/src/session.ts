// Who is signed in, and the way to sign out (which forgets the key in this tab).
import type { AppState } from './app-state';
import { clear, h } from './dom';
import type { Explorer } from './explorer';
import type { Store } from './store';

export function setupSession(element: HTMLElement, deps: { store: Store<AppState>; explorer: Explorer }): void {
  const render = (state: AppState) => {
    if (!state.principal) {
      clear(element);
      return;
    }
    clear(
      element,
      h(
        'span',
        { className: 'principal', title: state.principal.id },
        state.principal.name,
        h('span', { className: 'tag' }, state.principal.role.toLowerCase()),
      ),
      h('button', { type: 'button', className: 'link', onclick: () => deps.explorer.signOut() }, 'Sign out'),
    );
  };
  deps.store.subscribe((state, previous) => {
    if (state.principal !== previous.principal) render(state);
  });
  render(deps.store.get());
}
