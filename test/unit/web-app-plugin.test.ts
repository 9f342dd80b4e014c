// The explorer's static files served by the API: right files and types, index.html for its routes, nothing outside.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useWebApp } from '../../server/web-app/use-web-app';

const schema = createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'hi' } } });
const HTML = { accept: 'text/html,application/xhtml+xml' };

let base: string;
let dist: string;

function app(distDir: string, reservedPaths?: string[]) {
  return createYoga({
    schema,
    logging: false,
    landingPage: false,
    plugins: [useWebApp(distDir, reservedPaths ? { reservedPaths } : {})],
  });
}

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'web-app-'));
  dist = path.join(base, 'dist');
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Explorer</title>');
  await writeFile(path.join(dist, 'assets', 'main-1a2b3c.js'), 'console.log(1)');
  await writeFile(path.join(dist, 'assets', 'main-1a2b3c.css'), 'body{}');
  await writeFile(path.join(dist, 'favicon.svg'), '<svg/>');
  await writeFile(path.join(dist, '.env'), 'SECRET=dotfile');
  await writeFile(path.join(base, 'secret.txt'), 'SECRET=outside');
  await symlink(path.join(base, 'secret.txt'), path.join(dist, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('useWebApp', () => {
  it('serves index.html at the root with a content security policy and no caching', async () => {
    const response = await app(dist).fetch('http://localhost/', { headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Explorer</title>');
  });

  it('serves hashed assets with their media type, cached for good', async () => {
    const js = await app(dist).fetch('http://localhost/assets/main-1a2b3c.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const css = await app(dist).fetch('http://localhost/assets/main-1a2b3c.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const svg = await app(dist).fetch('http://localhost/favicon.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a browser on an unknown route (a shared link) with index.html', async () => {
    const response = await app(dist).fetch('http://localhost/explore/partner?root=PARTNER:p-1', { headers: HTML });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Explorer</title>');
  });

  it('leaves unknown routes to the API for clients that do not ask for HTML, and missing assets missing', async () => {
    const plain = await app(dist).fetch('http://localhost/metrics', { headers: { accept: 'application/json' } });
    expect(plain.status).toBe(404);
    const asset = await app(dist).fetch('http://localhost/assets/missing-0000.js', { headers: HTML });
    expect(asset.status).toBe(404);
    expect(await asset.text()).not.toContain('<title>Explorer</title>');
  });

  it('never answers from outside the build folder, from dot files or through links leading out', async () => {
    const attempts = [
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/%00index.html',
      '/.env',
      '/assets/link.txt',
      '/%E0%A4%A',
    ];
    for (const attempt of attempts) {
      const response = await app(dist).fetch(`http://localhost${attempt}`, { headers: HTML });
      const body = await response.text();
      expect(body, attempt).not.toContain('SECRET');
      expect(response.status, attempt).toBe(404);
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await app(dist).fetch('http://localhost/assets/main-1a2b3c.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String('console.log(1)'.length));
    expect(await response.text()).toBe('');
  });

  it('leaves the GraphQL endpoint and reserved paths to the API', async () => {
    const server = app(dist, ['/ready']);
    const post = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(await post.json()).toEqual({ data: { hello: 'hi' } });
    const get = await server.fetch('http://localhost/graphql?query=%7Bhello%7D', {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(await get.json()).toEqual({ data: { hello: 'hi' } });
    const ready = await server.fetch('http://localhost/ready', { headers: HTML });
    expect(await ready.text()).not.toContain('<title>Explorer</title>');
  });

  it('keeps the API working while the build is missing and tells a browser how to build it', async () => {
    const server = app(path.join(base, 'not-built'));
    const page = await server.fetch('http://localhost/', { headers: HTML });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run web:build');
    const post = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(await post.json()).toEqual({ data: { hello: 'hi' } });
  });
});
