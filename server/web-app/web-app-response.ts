// Answers a browser's GET for the explorer from the built files: the file asked for, or index.html for the
// explorer's own paths, never anything outside the build folder.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeOf } from './content-types';

/**
 * The page talks only to its own origin; Cytoscape draws badges from data: images and PNG exports are blob: URLs.
 * Inline styles stay allowed because Cytoscape positions its canvases with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Vite names every file under assets/ after a hash of its content, so those may be cached for good. */
const IMMUTABLE_PREFIX = '/assets/';

export interface WebAppRequestOptions {
  /** Paths that belong to the API (exact, or a prefix when they end in '/'); never answered from the build. */
  reservedPaths: readonly string[];
}

function isReserved(pathname: string, reserved: readonly string[]): boolean {
  return reserved.some((entry) => (entry.endsWith('/') ? pathname.startsWith(entry) : pathname === entry));
}

/** Whether the explorer may answer at all: a GET or HEAD outside the API's paths. */
export function mayServe(request: Request, options: WebAppRequestOptions): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  return !isReserved(new URL(request.url).pathname, options.reservedPaths);
}

/** The decoded path, or undefined when it cannot name a file of the build (bad escapes, NUL, dot segments). */
function safePath(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return undefined;
  return path.posix.normalize(decoded);
}

async function fileInside(root: string, relative: string): Promise<string | undefined> {
  const candidate = path.resolve(root, `.${relative}`);
  if (candidate !== root && !candidate.startsWith(`${root}${path.sep}`)) return undefined;
  try {
    const [info, real] = await Promise.all([stat(candidate), realpath(candidate)]);
    if (!info.isFile()) return undefined;
    // A symbolic link inside the build must not lead out of it.
    return real.startsWith(`${root}${path.sep}`) ? real : undefined;
  } catch {
    return undefined;
  }
}

export function wantsHtml(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('text/html');
}

function headersFor(file: string, pathname: string): Headers {
  const headers = new Headers({
    'content-type': contentTypeOf(file),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': pathname.startsWith(IMMUTABLE_PREFIX) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (file.endsWith('.html')) {
    headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    headers.set('x-frame-options', 'DENY');
  }
  return headers;
}

/**
 * The response for a request, or undefined when the request is not the explorer's to answer (another method, an
 * API path, a missing asset, or a non-browser asking for an unknown path) so the API answers it as usual.
 * `root` must be an absolute, real path (see resolveWebRoot).
 */
export async function webAppResponse(
  root: string,
  request: Request,
  options: WebAppRequestOptions,
): Promise<Response | undefined> {
  if (!mayServe(request, options)) return undefined;
  const { pathname } = new URL(request.url);
  const relative = safePath(pathname);
  if (relative === undefined)
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

  let file = relative.endsWith('/')
    ? await fileInside(root, `${relative}index.html`)
    : await fileInside(root, relative);
  let servedPath = pathname;
  if (!file) {
    // Unknown paths with an extension are missing files; others are the explorer's own routes (shared links), which
    // only a browser navigating (asking for HTML) gets, as with connect-history-api-fallback.
    const lastSegment = relative.slice(relative.lastIndexOf('/') + 1);
    if (lastSegment.includes('.') || !wantsHtml(request)) return undefined;
    file = await fileInside(root, '/index.html');
    servedPath = '/index.html';
    if (!file) return undefined;
  }
  const headers = headersFor(file, servedPath);
  const body = await readFile(file);
  headers.set('content-length', String(body.length));
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

/** The build folder as an absolute real path, or an error that says how to make it. */
export async function resolveWebRoot(distDir: string): Promise<string> {
  const absolute = path.resolve(distDir);
  try {
    const real = await realpath(absolute);
    await stat(path.join(real, 'index.html'));
    return real;
  } catch {
    throw new Error(`The web app is not built: ${absolute}/index.html is missing. Run "npm run web:build" first.`);
  }
}
