// Search by name, PartnerID or tenant id, with suggestions as the user types (an ARIA combobox).
import type { Api } from './api';
import type { PartnerRole, SearchHit } from './api-shapes';
import { clear, h } from './dom';
import { entityNoun, primaryRole } from './entity-words';
import { markOf } from './visual-vocabulary';

export interface SearchDeps {
  api: Pick<Api, 'search'>;
  /** Only these kinds are suggested (default: all that search covers). */
  kinds?: readonly SearchHit['kind'][];
  /** The user picked a suggestion. */
  pick(hit: { kind: SearchHit['kind']; id: string; roles: readonly PartnerRole[] }): void;
  /** Labels the box (the page may hold several, e.g. in the what-if form). */
  label: string;
  /** Shows the label above the box (in forms); otherwise it is for screen readers only. */
  visibleLabel?: boolean;
  placeholder?: string;
}

export interface SearchBox {
  input: HTMLInputElement;
  setValue(text: string): void;
}

const DEBOUNCE_MS = 180;
let boxes = 0;

export function setupSearch(element: HTMLElement, deps: SearchDeps): SearchBox {
  boxes += 1;
  const id = `search-${boxes}`;
  const input = h('input', {
    id,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    placeholder: deps.placeholder ?? 'Name, PartnerID or tenant id',
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', className: 'suggestions', hidden: true });
  const note = h('p', { className: 'search-note', 'aria-live': 'polite' });
  clear(
    element,
    h('label', { for: id, className: deps.visibleLabel ? 'field-label' : 'visually-hidden' }, deps.label),
    input,
    list,
    note,
  );
  element.classList.add('search-box');

  let hits: SearchHit[] = [];
  let active = -1;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const choose = (hit: SearchHit) => {
    input.value = hit.name;
    close();
    deps.pick({ kind: hit.kind, id: hit.id, roles: hit.roles });
  };

  const highlight = (index: number) => {
    active = index;
    for (const [i, option] of [...list.children].entries()) option.setAttribute('aria-selected', String(i === index));
    const option = list.children[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }
  };

  const show = (found: SearchHit[], text: string) => {
    hits = found;
    note.textContent = found.length === 0 ? `Nothing matches "${text}".` : '';
    clear(
      list,
      found.map((hit, index) =>
        h(
          'li',
          {
            id: `${id}-option-${index}`,
            role: 'option',
            'aria-selected': 'false',
            className: `suggestion mark-${markOf(hit.kind, hit.roles)}`,
            onmousedown: (event: Event) => {
              event.preventDefault();
              choose(hit);
            },
          },
          h('span', { className: 'suggestion-name' }, hit.name),
          h('span', { className: 'suggestion-kind' }, entityNoun(hit.kind, primaryRole(hit.roles))),
          hit.detail ? h('span', { className: 'suggestion-detail' }, hit.detail) : null,
        ),
      ),
    );
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    active = -1;
  };

  const query = async (text: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      show(await deps.api.search(text, controller.signal, deps.kinds), text);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      close();
      note.textContent = error instanceof Error ? error.message : String(error);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      controller?.abort();
      close();
      note.textContent = '';
      return;
    }
    timer = setTimeout(() => void query(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      if (list.hidden) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? (hits.length > 0 && !list.hidden ? hits[0] : undefined);
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => close());

  return {
    input,
    setValue(text) {
      input.value = text;
      close();
    },
  };
}
