// The bar between the network and the findings: drag it, or focus it and press the arrow keys, to give the findings
// pane more or less of the height.

const STEP = 40;
const MIN = 96;

export function setupPaneResizer(handle: HTMLElement, pane: HTMLElement, layout: HTMLElement): void {
  handle.tabIndex = 0;
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'horizontal');
  handle.setAttribute('aria-label', 'Resize the findings pane (arrow keys)');
  const setHeight = (height: number) => {
    const max = Math.max(MIN, layout.clientHeight - 160);
    const clamped = Math.round(Math.min(max, Math.max(MIN, height)));
    layout.style.setProperty('--findings-height', `${clamped}px`);
    handle.setAttribute('aria-valuenow', String(clamped));
    handle.setAttribute('aria-valuemin', String(MIN));
    handle.setAttribute('aria-valuemax', String(max));
  };
  handle.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    const startY = event.clientY;
    const startHeight = pane.getBoundingClientRect().height;
    const move = (moved: PointerEvent) => setHeight(startHeight + startY - moved.clientY);
    const stop = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', stop);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', stop);
  });
  handle.addEventListener('keydown', (event) => {
    const height = pane.getBoundingClientRect().height;
    if (event.key === 'ArrowUp') setHeight(height + STEP);
    else if (event.key === 'ArrowDown') setHeight(height - STEP);
    else return;
    event.preventDefault();
  });
}
