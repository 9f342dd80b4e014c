// A graphql-yoga plugin that serves the built explorer (web/dist) from the API's own port.
import type { Plugin } from 'graphql-yoga';
import { mayServe, resolveWebRoot, wantsHtml, webAppResponse } from './web-app-response';

export interface WebAppOptions {
  /** API paths besides the GraphQL endpoint (which is always reserved), e.g. ['/health', '/ready']. */
  reservedPaths?: readonly string[];
}

/**
 * Serves `distDir` for GET and HEAD: files by their path, index.html for the explorer's routes. Add it after the
 * API's own plugins. While the build is missing the API keeps working and a browser is told how to build it.
 */
export function useWebApp(distDir: string, options: WebAppOptions = {}): Plugin {
  const reserved = new Set(options.reservedPaths ?? []);
  let root: Promise<string> | undefined;
  return {
    onYogaInit({ yoga }) {
      reserved.add(yoga.graphqlEndpoint);
    },
    async onRequest({ request, endResponse, fetchAPI }) {
      const requestOptions = { reservedPaths: [...reserved] };
      if (!mayServe(request, requestOptions)) return;
      let rootDir: string;
      try {
        root ??= resolveWebRoot(distDir);
        rootDir = await root;
      } catch (error) {
        // Not cached: a build made while the server runs is picked up by the next request.
        root = undefined;
        if (wantsHtml(request)) {
          const message = error instanceof Error ? error.message : String(error);
          endResponse(new fetchAPI.Response(message, { status: 503, headers: { 'content-type': 'text/plain' } }));
        }
        return;
      }
      const response = await webAppResponse(rootDir, request, requestOptions);
      if (response) endResponse(response);
    },
  };
}
