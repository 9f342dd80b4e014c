// The sign-in dialog: the user pastes an API key or a token, which the API checks before anything loads.
import type { AppState } from './app-state';
import type { Credentials } from './credentials';
import { clear, h } from './dom';
import type { Explorer } from './explorer';
import type { Store } from './store';

export interface SignInDeps {
  store: Store<AppState>;
  explorer: Explorer;
  credentials: Credentials;
  /** Where keyboard focus goes once signed in (the search box). */
  focusAfter: () => void;
}

export function setupSignIn(element: HTMLElement, deps: SignInDeps): void {
  const input = h('input', {
    id: 'credentials',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    placeholder: 'csp_… or a token',
    'aria-describedby': 'credentials-help',
  });
  const problem = h('p', { className: 'problem', role: 'alert' });
  const submit = h('button', { type: 'submit', className: 'primary' }, 'Sign in');
  const form = h(
    'form',
    { className: 'sign-in-form' },
    h('h2', { id: 'sign-in-title' }, 'Sign in to the explorer'),
    h('label', { for: 'credentials' }, 'API key or token'),
    input,
    h(
      'p',
      { id: 'credentials-help', className: 'hint' },
      'Paste an API key (an administrator creates one with ./csp api-key create) or a token your organization issued. ',
      'It is kept for this browser tab only.',
    ),
    problem,
    submit,
  );
  /** Only a sign-in the user just made moves the focus on; a key kept for the tab leaves the page at its top. */
  let submitted = false;
  form.addEventListener('submit', async (event) => {
    submitted = true;
    event.preventDefault();
    const value = input.value.trim();
    if (!value) return;
    deps.credentials.set(value);
    submit.disabled = true;
    clear(problem);
    await deps.explorer.signIn();
    submit.disabled = false;
    input.value = '';
  });
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-modal', 'true');
  element.setAttribute('aria-labelledby', 'sign-in-title');
  clear(element, form);

  const show = (state: AppState) => {
    const signedIn = state.principal !== null;
    element.hidden = signedIn;
    document.body.classList.toggle('signed-out', !signedIn);
    problem.textContent = state.signInMessage ?? '';
    // While a key kept for the tab is being checked the dialog leaves the focus alone, so a restored session keeps
    // keyboard navigation at the top of the page (the skip link first).
    if (!signedIn && (deps.credentials.get() === null || state.signInMessage)) input.focus();
  };
  deps.store.subscribe((state, previous) => {
    if (state.principal !== previous.principal || state.signInMessage !== previous.signInMessage) show(state);
    if (state.principal && !previous.principal && submitted) deps.focusAfter();
    if (state.principal) submitted = false;
  });
  show(deps.store.get());
}
