// Refuses a request whose declared body is larger than the limit (413, PAYLOAD_TOO_LARGE) before anything reads it;
// yoga counts the bytes of a body that declares no length as it reads it (maxRequestBodySize in app.ts).
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
