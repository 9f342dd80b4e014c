// API keys: a random secret shown once, stored only as its SHA-256 hash, with a role and an optional scope; revoked
// keys stay on record.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { readRows, writeRows } from '../../db/checked-rows';
import { cypher } from '../../db/cypher-files';
import type { Executor } from '../../db/executor';
import { ROLES, type Role } from './roles';
import { readScope, type Scope } from './scope';

/** Every secret starts with this, so a leaked one is easy to recognise (and to tell from a JWT). */
export const SECRET_PREFIX = 'csp_';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  /** null: the key sees everything. */
  scope: Scope | null;
}

/** The scope as the key's node stores it: one list property per kind, null when unscoped. */
const storedScope = z.object({
  scopeProviders: z.array(z.string()).nullable(),
  scopeRegions: z.array(z.string()).nullable(),
});
type StoredScope = z.infer<typeof storedScope>;

/** A row of cypher/api/keys/find-by-hash.cypher: an unrevoked key, as authentication needs it. */
const foundKeyRow = storedScope.extend({ id: z.string(), name: z.string(), role: z.enum(ROLES) });

/** A key as cypher/api/keys/create.cypher, revoke.cypher and list.cypher (each item) return it. */
const storedKeyRow = foundKeyRow.extend({
  createdAt: z.string(),
  createdBy: z.string(),
  revokedAt: z.string().nullable(),
});
type StoredKeyRow = z.infer<typeof storedKeyRow>;

/** A row of cypher/api/keys/list.cypher: a page of keys, with the total. */
const keyPageRow = z.object({ total: z.number(), items: z.array(storedKeyRow) });

function scopeOf(stored: StoredScope, keyId: string): Scope | null {
  if (stored.scopeProviders) return readScope({ providers: stored.scopeProviders }, `API key ${keyId} scope`);
  if (stored.scopeRegions) return readScope({ regions: stored.scopeRegions }, `API key ${keyId} scope`);
  return null;
}

function toRecord({ scopeProviders, scopeRegions, ...key }: StoredKeyRow): ApiKeyRecord {
  return { ...key, scope: scopeOf({ scopeProviders, scopeRegions }, key.id) };
}

/** 256 random bits: a hash without salt or stretching is enough, as nobody can guess such a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export async function createApiKey(
  executor: Executor,
  key: { name: string; role: Role; createdBy: string; scope?: Scope | null },
): Promise<{ key: ApiKeyRecord; secret: string }> {
  const secret = `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
  const scope = key.scope ?? null;
  const [record] = await writeRows(executor, storedKeyRow, cypher('api/keys/create.cypher'), {
    key: {
      id: randomUUID(),
      name: key.name,
      role: key.role,
      hash: hashSecret(secret),
      createdBy: key.createdBy,
      scopeProviders: scope && 'providers' in scope ? scope.providers : null,
      scopeRegions: scope && 'regions' in scope ? scope.regions : null,
    },
  });
  if (!record) throw new Error('The API key was not stored');
  return { key: toRecord(record), secret };
}

export async function findApiKey(
  executor: Executor,
  secret: string,
): Promise<{ id: string; name: string; role: Role; scope: Scope | null } | undefined> {
  const [key] = await readRows(executor, foundKeyRow, cypher('api/keys/find-by-hash.cypher'), {
    hash: hashSecret(secret),
  });
  if (!key) return undefined;
  const { scopeProviders, scopeRegions, ...rest } = key;
  return { ...rest, scope: scopeOf({ scopeProviders, scopeRegions }, key.id) };
}

export async function revokeApiKey(executor: Executor, id: string): Promise<ApiKeyRecord | undefined> {
  const [record] = await writeRows(executor, storedKeyRow, cypher('api/keys/revoke.cypher'), { id });
  return record && toRecord(record);
}

export async function listApiKeys(
  executor: Executor,
  options: { includeRevoked: boolean; skip: number; limit: number },
): Promise<{ total: number; items: ApiKeyRecord[] }> {
  const [page] = await readRows(executor, keyPageRow, cypher('api/keys/list.cypher'), options);
  return { total: page?.total ?? 0, items: (page?.items ?? []).map(toRecord) };
}

export const API_KEY_NAME_MAX_LENGTH = 100;

/** Why a key name is refused, or undefined when it is fine. */
export function keyNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'the name must not be blank';
  if (name.length > API_KEY_NAME_MAX_LENGTH) return `the name must be at most ${API_KEY_NAME_MAX_LENGTH} characters`;
  return undefined;
}
