// The API's concurrency limit on a real yoga server with a resolver the test holds: at most `maxConcurrent` requests
// run, the others wait in arrival order, a request that waits too long gets 503 with Retry-After, and a turn is given
// back however its request ends.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createTurns, useConcurrencyLimit } from '../../server/api/plugins/concurrency-limit';

function heldServer(limit: { maxConcurrent: number; maxWaitMs: number }) {
  const held: { name: string; finish: (fail?: boolean) => void }[] = [];
  const started: string[] = [];
  const schema = makeExecutableSchema({
    typeDefs: 'type Query { work(name: String!): String }',
    resolvers: {
      Query: {
        work: (_: unknown, { name }: { name: string }) =>
          new Promise((resolve, reject) => {
            started.push(name);
            held.push({ name, finish: (fail) => (fail ? reject(new Error('failed')) : resolve(name)) });
          }),
      },
    },
  });
  const yoga = createYoga({
    schema,
    logging: false,
    maskedErrors: true,
    plugins: [useConcurrencyLimit(limit, (request) => request.headers.get('x-skip') === null)],
  });
  const ask = (name: string, headers: Record<string, string> = {}) =>
    Promise.resolve(
      yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: `{ work(name: "${name}") }` }),
      }),
    );
  const finish = (name: string, fail = false) => held.find((h) => h.name === name)?.finish(fail);
  return { ask, started, finish };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the concurrency limit', () => {
  it('runs at most maxConcurrent requests and starts the others in the order they came', async () => {
    const server = heldServer({ maxConcurrent: 2, maxWaitMs: 5_000 });
    const answers = ['a', 'b', 'c', 'd'].map((name) => server.ask(name));
    await tick();
    expect(server.started).toEqual(['a', 'b']);
    server.finish('b');
    await tick();
    expect(server.started).toEqual(['a', 'b', 'c']);
    // A failed request gives its turn back too.
    server.finish('a', true);
    await tick();
    expect(server.started).toEqual(['a', 'b', 'c', 'd']);
    server.finish('c');
    server.finish('d');
    const bodies = await Promise.all(answers.map(async (answer) => (await answer).json()));
    expect(bodies.map((body) => body.data?.work ?? null)).toEqual([null, 'b', 'c', 'd']);
  });

  it('answers 503 with Retry-After to a request that waited longer than maxWaitMs, and runs the next', async () => {
    const server = heldServer({ maxConcurrent: 1, maxWaitMs: 50 });
    const first = server.ask('a');
    await tick();
    const late = await server.ask('b');
    expect(late.status).toBe(503);
    expect(late.headers.get('retry-after')).toBe('1');
    expect((await late.json()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(server.started).toEqual(['a']);
    server.finish('a');
    expect((await (await first).json()).data.work).toBe('a');
    const next = server.ask('c');
    await tick();
    server.finish('c');
    expect((await (await next).json()).data.work).toBe('c');
  });

  it('leaves requests it does not apply to alone', async () => {
    const server = heldServer({ maxConcurrent: 1, maxWaitMs: 50 });
    const first = server.ask('a');
    const free = server.ask('b', { 'x-skip': '1' });
    await tick();
    expect([...server.started].sort()).toEqual(['a', 'b']);
    server.finish('a');
    server.finish('b');
    expect((await (await free).json()).data.work).toBe('b');
    expect((await (await first).json()).data.work).toBe('a');
  });
});

describe('turns', () => {
  it('count a turn given back twice once', async () => {
    const turns = createTurns({ maxConcurrent: 1, maxWaitMs: 1_000 });
    const end = await turns.take();
    const waiting = turns.take();
    expect(turns.load()).toEqual({ running: 1, waiting: 1 });
    end?.();
    end?.();
    const next = await waiting;
    expect(turns.load()).toEqual({ running: 1, waiting: 0 });
    next?.();
    expect(turns.load()).toEqual({ running: 0, waiting: 0 });
  });
});
