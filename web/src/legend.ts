// The legend: each mark, severity and kind of line the network view draws, from the same vocabulary as the stylesheet.
import { SEVERITIES } from './api-shapes';
import { clear, h } from './dom';
import { severityWord } from './entity-words';
import { EDGE_MARKS, MARKS, type MarkKind, SEVERITY_COLOURS } from './visual-vocabulary';

const SVG = 'http://www.w3.org/2000/svg';

/** Outlines of Cytoscape's shapes in a 20 x 20 box. */
const OUTLINES: Record<string, string> = {
  hexagon: 'M5 2 L15 2 L19 10 L15 18 L5 18 L1 10 Z',
  'round-rectangle': 'M5 3 H15 Q18 3 18 6 V14 Q18 17 15 17 H5 Q2 17 2 14 V6 Q2 3 5 3 Z',
  diamond: 'M10 1 L19 10 L10 19 L1 10 Z',
  ellipse: 'M10 2 A8 8 0 1 1 9.99 2 Z',
  'round-tag': 'M3 4 H13 L18 10 L13 16 H3 Q2 16 2 15 V5 Q2 4 3 4 Z',
  'round-triangle': 'M10 2 L18 17 H2 Z',
  'round-octagon': 'M7 2 H13 L18 7 V13 L13 18 H7 L2 13 V7 Z',
};

function shapeIcon(shape: string, fill: string, stroke = 'none', dashed = false): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', OUTLINES[shape] ?? OUTLINES.ellipse ?? '');
  path.setAttribute('fill', fill);
  path.setAttribute('stroke', stroke);
  path.setAttribute('stroke-width', stroke === 'none' ? '0' : '2.5');
  if (dashed) path.setAttribute('stroke-dasharray', '3 2');
  svg.append(path);
  return svg;
}

function lineIcon(colour: string, width: number, dashed = false): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 28 10');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG, 'line');
  for (const [name, value] of Object.entries({
    x1: '1',
    y1: '5',
    x2: '27',
    y2: '5',
    stroke: colour,
    'stroke-width': String(width),
  })) {
    line.setAttribute(name, value);
  }
  if (dashed) line.setAttribute('stroke-dasharray', '5 3');
  svg.append(line);
  return svg;
}

export function setupLegend(element: HTMLElement): void {
  const marks = (Object.entries(MARKS) as [MarkKind, (typeof MARKS)[MarkKind]][]).map(([, mark]) =>
    h('li', {}, shapeIcon(mark.shape, mark.colour), mark.legend),
  );
  const severities = SEVERITIES.map((severity) =>
    h('li', {}, shapeIcon('ellipse', '#ffffff', SEVERITY_COLOURS[severity]), `${severityWord(severity)} finding`),
  );
  const lines = (['SUPPLIES', 'SELLS_TO', 'BILLED_BY', 'MANAGES', 'OWNS'] as const).map((type) =>
    h('li', {}, lineIcon(EDGE_MARKS[type].colour, 2), EDGE_MARKS[type].legend),
  );
  clear(
    element,
    h('h2', {}, 'Legend'),
    h('ul', { className: 'legend-list' }, marks),
    h('h3', {}, 'Violations'),
    h(
      'ul',
      { className: 'legend-list' },
      severities,
      h('li', {}, h('span', { className: 'legend-badge' }, '3'), 'open findings on the entity'),
      h('li', {}, lineIcon(SEVERITY_COLOURS.CRITICAL, 3), 'relationship in a finding'),
    ),
    h('h3', {}, 'Relationships'),
    h(
      'ul',
      { className: 'legend-list' },
      lines,
      h('li', {}, lineIcon('#8c959f', 2, true), 'not active on the date (faded in large views)'),
      h('li', {}, shapeIcon('round-rectangle', '#f0f3f6', '#57606a', true), 'a group: double-click or Enter to open'),
    ),
    h('p', { className: 'hint' }, 'Second line under a name: its CSP region.'),
  );
}
