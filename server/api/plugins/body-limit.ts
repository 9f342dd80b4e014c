// Refuses a request whose declared body is larger than the limit (413) before anything reads it; the HTTP listener
// counts the bytes of bodies that declare no length.
import type { Plugin } from 'graphql-yoga';

export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > maxBytes) {
        const body = JSON.stringify({
          errors: [
            {
              message: `The request body is ${declared} bytes; at most ${maxBytes} are accepted.`,
              extensions: { code: 'PAYLOAD_TOO_LARGE' },
            },
          ],
        });
        endResponse(new fetchAPI.Response(body, { status: 413, headers: { 'content-type': 'application/json' } }));
      }
    },
  };
}
