// The explorer's API client: every document it sends is valid against the API's schema, it sends the credentials
// and the CSRF header, and it turns GraphQL errors into errors with the API's code.

import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../server/api/graphql-runtime';
import { buildSchema } from '../../server/api/schema';
import { ApiError, createApi } from '../../web/src/api';

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: { query: string; variables: Record<string, unknown> } | null;
}

function recordingFetch(answer: (sent: Sent) => Response) {
  const sent: Sent[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    const entry: Sent = {
      url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: init.body ? JSON.parse(String(init.body)) : null,
    };
    sent.push(entry);
    return answer(entry);
  }) as unknown as typeof fetch;
  return { sent, fetchImpl };
}

const refused = () =>
  new Response(JSON.stringify({ errors: [{ message: 'refused for the test', extensions: { code: 'FORBIDDEN' } }] }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

describe('the API client', () => {
  it('sends only documents the API schema accepts', async () => {
    const { sent, fetchImpl } = recordingFetch(refused);
    const api = createApi({ credentials: () => 'csp_test', fetch: fetchImpl });
    const calls: Promise<unknown>[] = [
      api.me(),
      api.search('contoso'),
      api.search('t-1234567', undefined, ['TENANT']),
      api.network({ kind: 'PARTNER', id: 'p-1' }, { depth: 2, limit: 500, asOf: '2026-06-30' }),
      api.network(
        { kind: 'PARTNER', id: 'p-1' },
        { depth: 2, limit: 1000, asOf: null, perGroup: 10, relationshipTypes: ['SUPPLIES', 'SELLS_TO'] },
      ),
      api.overview(),
      api.groupMembers(
        { hub: { kind: 'PARTNER', id: 'p-1' }, relationship: 'SUPPLIES', hubIsSource: true, kind: 'PARTNER' },
        { search: 'contoso', sort: 'FLAGGED_FIRST', first: 25, after: null, asOf: '2026-06-30' },
      ),
      ...(['ORGANIZATION', 'PARTNER', 'TENANT', 'CUSTOMER', 'SUBSCRIPTION'] as const).map((kind) =>
        api.entity(kind, 'x'),
      ),
      api.rules(),
      api.regions(),
      api.scanRuns(),
      api.findings(
        { ruleIds: ['cross-region-sale'], severities: ['CRITICAL'], regions: ['Europe'], runId: 'run-1' },
        'c',
      ),
      api.finding('cross-region-sale|p|c'),
      api.findings(
        { ruleIds: [], severities: [], regions: [], runId: null, entity: { kind: 'CUSTOMER', id: 'c' } },
        null,
      ),
      api.evidenceNodes('cross-region-sale|p|c'),
      api.checkTransaction({ supply: { providerId: 'p', resellerId: 'r', since: '2026-01-01' } }, null),
    ];
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
    const schema = buildSchema();
    const documents = sent.filter((entry) => entry.body).map((entry) => entry.body?.query as string);
    expect(documents).toHaveLength(calls.length);
    for (const document of documents) {
      const errors = validate(schema, parse(document));
      expect(
        errors.map((e) => e.message),
        document,
      ).toEqual([]);
    }
  });

  it('sends the credentials and the CSRF header, and reports the API code of an error', async () => {
    const { sent, fetchImpl } = recordingFetch(refused);
    const api = createApi({ credentials: () => 'csp_secret', fetch: fetchImpl });
    const error = await api.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('FORBIDDEN');
    expect(sent[0]?.url).toBe('/graphql');
    expect(sent[0]?.headers.authorization).toBe('Bearer csp_secret');
    expect(sent[0]?.headers['x-graphql-yoga-csrf']).toBeTruthy();
  });

  it('says the server cannot be reached when the request fails, and asks for reports by their path', async () => {
    const offline = createApi({
      credentials: () => null,
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as unknown as typeof fetch,
    });
    const error = await offline.me().catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('NETWORK');

    const { sent, fetchImpl } = recordingFetch(
      () => new Response('a,b\r\n', { status: 200, headers: { 'content-type': 'text/csv' } }),
    );
    const api = createApi({ credentials: () => 'csp_k', fetch: fetchImpl });
    const blob = await api.report('csv', { ruleIds: ['self-sale'], severities: ['HIGH'], regions: [], runId: 'r1' });
    expect(await blob.text()).toBe('a,b\r\n');
    expect(sent[0]?.url).toBe('/reports/findings.csv?rule=self-sale&severity=HIGH&runId=r1');
    expect(sent[0]?.headers.authorization).toBe('Bearer csp_k');

    for (const [status, body, message, code] of [
      [404, { error: "No scan run has the id 'r1'." }, "No scan run has the id 'r1'.", 'INTERNAL'],
      [401, { errors: [{ message: 'Unknown API key.' }] }, 'Unknown API key.', 'UNAUTHENTICATED'],
    ] as const) {
      const refusing = createApi({
        credentials: () => 'csp_k',
        fetch: recordingFetch(() => new Response(JSON.stringify(body), { status })).fetchImpl,
      });
      const refusal = await refusing
        .report('csv', { ruleIds: [], severities: [], regions: [], runId: 'r1' })
        .catch((e: unknown) => e);
      expect(refusal).toMatchObject({ message, code });
    }
  });

  it('sends a query again after the Retry-After of a 503, a few times at most, and a mutation only once', async () => {
    const unavailable = (retryAfter: string | null) => () =>
      new Response(
        JSON.stringify({
          errors: [{ message: 'The server is busy; retry shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        }),
        {
          status: 503,
          headers: { 'content-type': 'application/json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) },
        },
      );
    const me = () =>
      new Response(JSON.stringify({ data: { me: { id: 'k1', name: 'key', role: 'VIEWER', scope: null } } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });

    const answers = [unavailable('0'), unavailable('0'), me];
    let answered = 0;
    const recovering = recordingFetch(() => (answers[answered++] ?? me)());
    const api = createApi({ credentials: () => 'csp_k', fetch: recovering.fetchImpl });
    expect((await api.me()).id).toBe('k1');
    expect(recovering.sent).toHaveLength(3);

    const down = recordingFetch(unavailable('0'));
    const error = await createApi({ credentials: () => 'csp_k', fetch: down.fetchImpl })
      .me()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(down.sent).toHaveLength(4);

    const mutation = recordingFetch(unavailable('0'));
    const proposal = { resellerRelationship: { partnerId: 'p-1', customerId: 'c-1', startDate: '2026-01-01' } };
    const refusal = await createApi({ credentials: () => 'csp_k', fetch: mutation.fetchImpl })
      .checkTransaction(proposal as never, null)
      .catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(mutation.sent).toHaveLength(1);

    // An aborted wait ends the request at once, as an abort.
    const waiting = recordingFetch(unavailable('5'));
    const controller = new AbortController();
    const searching = createApi({ credentials: () => 'csp_k', fetch: waiting.fetchImpl }).search(
      'contoso',
      controller.signal,
    );
    setTimeout(() => controller.abort(), 20);
    const aborted = await searching.catch((e: unknown) => e);
    expect((aborted as DOMException).name).toBe('AbortError');
    expect(waiting.sent).toHaveLength(1);
  });

  it('puts an exact tenant id first among the suggestions', async () => {
    const { fetchImpl } = recordingFetch(
      () =>
        new Response(
          JSON.stringify({
            data: {
              search: {
                edges: [
                  { score: 2, node: { id: 'c-1', kind: 'CUSTOMER', name: 'Woodgrove', domain: 'woodgrove.example' } },
                ],
              },
              tenant: { id: 'tenant-123456', kind: 'TENANT', name: 'tenant-123456' },
            },
          }),
          { status: 200 },
        ),
    );
    const hits = await createApi({ credentials: () => 'k', fetch: fetchImpl }).search('tenant-123456');
    expect(hits.map((hit) => [hit.kind, hit.id, hit.detail])).toEqual([
      ['TENANT', 'tenant-123456', 'tenant'],
      ['CUSTOMER', 'c-1', 'woodgrove.example'],
    ]);
  });
});
