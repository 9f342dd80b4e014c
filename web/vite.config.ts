// Builds the explorer from web/ into web/dist; in development, proxies the API so the page and /graphql share an origin.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = path.dirname(fileURLToPath(import.meta.url));

/** Where `npm run web:dev` finds the API server (`./csp start` listens on 127.0.0.1:4000 by default). */
const apiTarget = process.env.WEB_API_TARGET?.trim() || 'http://127.0.0.1:4000';

export default defineConfig({
  root: webRoot,
  base: '/',
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    // Cytoscape alone is about 450 kB minified; the app is one page, so one chunk is the simplest to cache.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // The API's own paths: GraphQL and the findings reports.
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/reports': { target: apiTarget, changeOrigin: false },
    },
  },
});
