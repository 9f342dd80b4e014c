// Listens for HTTP and hands each request to the app; bodies are read here, counted against the size limit.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AppOptions, createApp, GRAPHQL_PATH, type ServerContext } from './app';
import type { Principal } from './auth/roles';
import { type ApiSettings, readApiSettings } from './settings';

export interface StartOptions extends AppOptions {
  /** 0 picks a free port. Defaults to API_PORT. */
  port?: number;
  /** Defaults to API_HOST. */
  host?: string;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  close(): Promise<void>;
}

/** A refused request's body is read and dropped up to this size (so its connection stays usable), never beyond. */
const DRAINED_BODY_BYTES = 64 * 1024;

/** The body, or undefined when it grew past the limit (the rest is read and dropped so the client gets the answer). */
async function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  return size <= maxBytes ? Buffer.concat(chunks) : undefined;
}

async function handle(
  app: ReturnType<typeof createApp>,
  settings: ApiSettings,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = request.method ?? 'GET';
  const clientAddress = request.socket.remoteAddress ?? 'unknown';
  let principal: Principal | undefined;
  if (url.pathname === GRAPHQL_PATH && method !== 'OPTIONS' && !(method === 'GET' && settings.mode === 'development')) {
    // Credentials and rate limits are checked from the headers before a byte of the body is read.
    const admission = await app.gate.admit(new Request(url, { method, headers }), clientAddress);
    if ('refusal' in admission) {
      const refusal = admission.refusal;
      const payload = Buffer.from(await refusal.arrayBuffer());
      // A small body is drained so the connection can serve the next request; a large one is not read at all.
      const small = Number(request.headers['content-length'] ?? Number.POSITIVE_INFINITY) <= DRAINED_BODY_BYTES;
      response.writeHead(refusal.status, {
        ...Object.fromEntries(refusal.headers),
        ...(small || method === 'GET' ? {} : { connection: 'close' }),
      });
      if (small || method === 'GET') {
        request.resume();
        response.end(payload);
      } else {
        response.end(payload, () => request.destroy());
      }
      return;
    }
    principal = admission.principal;
  }
  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    body = await readBody(request, settings.limits.maxBodyBytes);
    // Past the limit the app answers 413 from the declared length (and logs it like any request).
    if (body === undefined) headers.set('content-length', String(settings.limits.maxBodyBytes + 1));
    headers.delete('transfer-encoding');
  }
  const context: ServerContext = { clientAddress, ...(principal ? { principal } : {}) };
  const init: RequestInit = { method, headers, ...(body ? { body: new Uint8Array(body) } : {}) };
  const answer = await app.fetch(url, init, context);
  const payload = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(payload);
}

/** Starts the API on host:port with the given executor (its driver and pool are shared by every request). */
export async function startApiServer(options: StartOptions): Promise<RunningServer> {
  const settings = { ...readApiSettings(), ...options.settings };
  const app = createApp({ ...options, settings });
  const server = createServer((request, response) => {
    handle(app, settings, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"errors":[{"message":"Unexpected error."}]}');
    });
  });
  server.requestTimeout = 300_000;
  const host = options.host ?? settings.host;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? settings.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
