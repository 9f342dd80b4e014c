// The network view's stylesheet: marks by entity and role, violations by severity, selection and evidence.
import type { StylesheetStyle } from 'cytoscape';
import { SEVERITIES } from './api-shapes';
import { BADGE_SIZE } from './badge';
import {
  AGGREGATE_COLOUR,
  EDGE_MARKS,
  MARKS,
  type MarkKind,
  SELECTION_COLOUR,
  SEVERITY_COLOURS,
} from './visual-vocabulary';

/** Label size in pixels at zoom 1, and the width past which a name ends in an ellipsis. */
export const LABEL_SIZE = 12;
const LABEL_WIDTH = 150;

export interface StyleOptions {
  /** The WebGL renderer draws solid lines only, so inactive relationships fade instead of being dashed. */
  webgl: boolean;
}

export function graphStyle(options: StyleOptions): StylesheetStyle[] {
  const marks = (Object.entries(MARKS) as [MarkKind, (typeof MARKS)[MarkKind]][]).map(([kind, mark]) => ({
    selector: `node.mark-${kind}`,
    style: { shape: mark.shape, 'background-color': mark.colour, width: mark.size, height: mark.size },
  })) as StylesheetStyle[];
  const edgeColours = Object.entries(EDGE_MARKS).map(([type, mark]) => ({
    selector: `edge.rel-${type.toLowerCase()}`,
    style: { 'line-color': mark.colour, 'target-arrow-color': mark.colour },
  })) as StylesheetStyle[];
  const severities = SEVERITIES.flatMap((severity) => [
    {
      selector: `node.flagged.sev-${severity.toLowerCase()}`,
      style: { 'border-color': SEVERITY_COLOURS[severity], 'underlay-color': SEVERITY_COLOURS[severity] },
    },
    {
      selector: `edge.flagged.sev-${severity.toLowerCase()}`,
      style: { 'line-color': SEVERITY_COLOURS[severity], 'target-arrow-color': SEVERITY_COLOURS[severity] },
    },
  ]) as StylesheetStyle[];

  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': 'DejaVu Sans, Segoe UI, Arial, sans-serif',
        // 12 px at the default zoom (1): the renderer never opens a view further out than that.
        'font-size': LABEL_SIZE,
        color: '#1f2328',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': `${LABEL_WIDTH}px`,
        // A light box behind the label keeps it legible where lines cross it.
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
        'border-width': 0,
      },
    },
    ...marks,
    {
      selector: 'node.root',
      style: { width: 58, height: 58, 'border-width': 3, 'border-color': '#1f2328', 'font-weight': 'bold' },
    },
    {
      selector: 'node.flagged',
      style: {
        'border-width': 4,
        'background-image': 'data(badge)',
        'background-width': `${BADGE_SIZE}px`,
        'background-height': `${BADGE_SIZE}px`,
        'background-position-x': '100%',
        'background-position-y': '0%',
        'background-offset-x': 10,
        'background-offset-y': -10,
        'background-clip': 'none',
        'background-image-containment': 'over',
        'background-image-smoothing': 'yes',
        'bounds-expansion': 12,
      },
    },
    {
      selector: 'node.aggregate',
      style: {
        shape: 'round-rectangle',
        width: 180,
        height: 36,
        'background-color': AGGREGATE_COLOUR,
        'border-width': 2,
        'border-style': options.webgl ? 'solid' : 'dashed',
        'border-color': '#57606a',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-weight': 'bold',
        'text-background-opacity': 0,
        'text-max-width': '170px',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'line-color': '#c4c9cf',
        'target-arrow-color': '#c4c9cf',
        'font-size': LABEL_SIZE,
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
      },
    },
    ...edgeColours,
    {
      selector: 'edge.inactive',
      style: options.webgl ? { opacity: 0.35 } : { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
    },
    { selector: 'edge.flagged', style: { width: 3 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    {
      // Evidence glows in its finding's colour (the severity rules below set it for flagged nodes).
      selector: 'node.evidence',
      style: {
        'underlay-color': SELECTION_COLOUR,
        'underlay-opacity': 0.3,
        'underlay-padding': 10,
        'underlay-shape': 'ellipse',
        opacity: 1,
      },
    },
    { selector: 'edge.evidence', style: { width: 4, opacity: 1, label: 'data(relation)' } },
    ...severities,
    {
      selector: 'node.chosen',
      style: {
        'overlay-color': SELECTION_COLOUR,
        'overlay-opacity': 0.22,
        'overlay-padding': 9,
        'overlay-shape': 'round-rectangle',
      },
    },
    {
      selector: 'edge.chosen',
      style: {
        width: 3,
        'line-color': SELECTION_COLOUR,
        'target-arrow-color': SELECTION_COLOUR,
        label: 'data(relation)',
      },
    },
  ];
}
