// Listens for HTTP with yoga's own Node listener. The app admits each request from its headers before any of its
// body is read, and yoga counts a body's bytes as it reads them (app.ts): nothing here touches a request.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AppOptions, createApp } from './app';
import { readApiSettings } from './settings';

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

/** Starts the API on host:port with the given executor (its driver and pool are shared by every request). */
export async function startApiServer(options: StartOptions): Promise<RunningServer> {
  const settings = { ...readApiSettings(), ...options.settings };
  const server = createServer(createApp({ ...options, settings }));
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
