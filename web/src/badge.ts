// The count badge drawn at a flagged node's corner: a small SVG image, one per count and severity, made once.
import type { Severity } from './api-shapes';
import { SEVERITY_COLOURS } from './visual-vocabulary';

export const BADGE_SIZE = 20;

const cache = new Map<string, string>();

/** A data URI of a round badge showing the count ("99+" above 99) in the severity's colour. */
export function badgeImage(count: number, severity: Severity): string {
  const text = count > 99 ? '99+' : String(count);
  const id = `${text}|${severity}`;
  let uri = cache.get(id);
  if (!uri) {
    const width = text.length > 2 ? 28 : BADGE_SIZE;
    const fontSize = text.length > 2 ? 10 : 12;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${BADGE_SIZE}" viewBox="0 0 ${width} ${BADGE_SIZE}">` +
      `<rect x="1" y="1" width="${width - 2}" height="${BADGE_SIZE - 2}" rx="9" fill="${SEVERITY_COLOURS[severity]}" stroke="#ffffff" stroke-width="2"/>` +
      `<text x="${width / 2}" y="14.5" font-family="DejaVu Sans, Arial, sans-serif" font-size="${fontSize}" font-weight="bold" fill="#ffffff" text-anchor="middle">${text}</text>` +
      '</svg>';
    uri = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
    cache.set(id, uri);
  }
  return uri;
}
