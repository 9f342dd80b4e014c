// The side panel's tabs (details, what-if): ARIA tabs that arrow keys move between.
import { h } from './dom';

export interface PanelTabs {
  show(id: string): void;
}

/** `panels` maps a tab label to the panel element it shows; the first is shown at start. */
export function setupPanelTabs(element: HTMLElement, panels: readonly (readonly [string, HTMLElement])[]): PanelTabs {
  element.setAttribute('role', 'tablist');
  const tabs = panels.map(([label, panel], index) => {
    const tab = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${panel.id}`,
        'aria-controls': panel.id,
        'aria-selected': String(index === 0),
        tabindex: index === 0 ? 0 : -1,
      },
      label,
    );
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.hidden = index !== 0;
    return tab;
  });
  const show = (id: string) => {
    panels.forEach(([, panel], index) => {
      const on = panel.id === id;
      panel.hidden = !on;
      tabs[index]?.setAttribute('aria-selected', String(on));
      tabs[index]?.setAttribute('tabindex', on ? '0' : '-1');
    });
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => show(panels[index]?.[1].id ?? ''));
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      next?.click();
      next?.focus();
    });
  });
  element.replaceChildren(...tabs);
  return { show };
}
