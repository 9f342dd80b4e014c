// Settings from the environment: NEO4J_URI switches to another server; bad values are refused with the variable's name.

import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, cypherDebugEnabled, defaultPageCacheMb, readSettings, webhooksFile } from '../../server/config';

describe('readSettings', () => {
  it('uses the local Neo4j with its defaults when NEO4J_URI is unset', () => {
    const settings = readSettings({});
    expect(settings.remote).toBeUndefined();
    expect(settings.local).toMatchObject({ port: 7687, heap: '2g', database: 'neo4j' });
    expect(settings.local.pageCacheMb).toBe(defaultPageCacheMb(os.totalmem(), '2g'));
    expect(readSettings({ NEO4J_LOCAL_PAGECACHE_MB: '700' }).local.pageCacheMb).toBe(700);
    expect(settings.local.dir).toMatch(/\.neo4j$/);
    expect(settings.queryTimeoutMs).toBe(60_000);
    expect(settings.scanRuleTimeoutMs).toBe(1_800_000);
    expect(readSettings({ NEO4J_SCAN_RULE_TIMEOUT_MS: '5000' }).scanRuleTimeoutMs).toBe(5_000);
  });

  it('sizes the local page cache as Neo4j does when left alone: half the memory minus the heap, at least 512 MiB', () => {
    const gib = 1024 * 1024 * 1024;
    expect(defaultPageCacheMb(24 * gib, '2g')).toBe(10_240);
    expect(defaultPageCacheMb(24 * gib, '6144m')).toBe(6_144);
    expect(defaultPageCacheMb(4 * gib, '2g')).toBe(512);
  });

  it('uses the server NEO4J_URI names, for every scheme a cluster or Aura may use', () => {
    for (const uri of [
      'neo4j+s://abc.databases.neo4j.io',
      'neo4j://db:7687',
      'bolt://127.0.0.1:7687',
      'bolt+ssc://x',
    ]) {
      const settings = readSettings({ NEO4J_URI: uri, NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'compliance' });
      expect(settings.remote).toEqual({ uri, user: 'neo4j', password: 'pw', database: 'compliance' });
    }
  });

  it('refuses what it cannot use, naming the variable', () => {
    expect(() => readSettings({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(
      /NEO4J_URI must start/,
    );
    expect(() => readSettings({ NEO4J_URI: 'neo4j://db' })).toThrow(/NEO4J_PASSWORD must be set/);
    expect(() => readSettings({ NEO4J_LOCAL_PORT: 'abc' })).toThrow(ConfigError);
    expect(() => readSettings({ NEO4J_QUERY_TIMEOUT_MS: '-5' })).toThrow(/NEO4J_QUERY_TIMEOUT_MS must be a positive/);
    expect(() => readSettings({ NEO4J_SCAN_RULE_TIMEOUT_MS: '1.5' })).toThrow(/NEO4J_SCAN_RULE_TIMEOUT_MS must be/);
  });
});

describe('the other settings of the environment', () => {
  it('reads the webhooks file and the Cypher debug log, off unless asked for', () => {
    expect(webhooksFile({})).toBeUndefined();
    expect(webhooksFile({ CSP_WEBHOOKS_FILE: ' ' })).toBeUndefined();
    expect(webhooksFile({ CSP_WEBHOOKS_FILE: '/etc/csp/webhooks.json' })).toBe('/etc/csp/webhooks.json');
    expect(cypherDebugEnabled({})).toBe(false);
    expect(cypherDebugEnabled({ DEBUG: 'other,csp:cypher' })).toBe(true);
    expect(cypherDebugEnabled({ DEBUG: 'csp:cypherx' })).toBe(false);
  });
});
