// API keys: a random secret shown once, stored only as its SHA-256 hash, with a role; revoked keys stay on record.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher-files';
import type { Executor } from '../../db/executor';
import type { Role } from './roles';

/** Every secret starts with this, so a leaked one is easy to recognise (and to tell from a JWT). */
export const SECRET_PREFIX = 'csp_';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

/** 256 random bits: a hash without salt or stretching is enough, as nobody can guess such a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export async function createApiKey(
  executor: Executor,
  key: { name: string; role: Role; createdBy: string },
): Promise<{ key: ApiKeyRecord; secret: string }> {
  const secret = `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
  const [record] = await executor.write<ApiKeyRecord>(cypher('api/keys/create.cypher'), {
    key: { id: randomUUID(), name: key.name, role: key.role, hash: hashSecret(secret), createdBy: key.createdBy },
  });
  if (!record) throw new Error('The API key was not stored');
  return { key: record, secret };
}

export async function findApiKey(
  executor: Executor,
  secret: string,
): Promise<{ id: string; name: string; role: Role } | undefined> {
  const [key] = await executor.read<{ id: string; name: string; role: Role }>(cypher('api/keys/find-by-hash.cypher'), {
    hash: hashSecret(secret),
  });
  return key;
}

export async function revokeApiKey(executor: Executor, id: string): Promise<ApiKeyRecord | undefined> {
  const [record] = await executor.write<ApiKeyRecord>(cypher('api/keys/revoke.cypher'), { id });
  return record;
}

export async function listApiKeys(
  executor: Executor,
  options: { includeRevoked: boolean; skip: number; limit: number },
): Promise<{ total: number; items: ApiKeyRecord[] }> {
  const [page] = await executor.read<{ total: number; items: ApiKeyRecord[] }>(cypher('api/keys/list.cypher'), options);
  return page ?? { total: 0, items: [] };
}

export const API_KEY_NAME_MAX_LENGTH = 100;

/** Why a key name is refused, or undefined when it is fine. */
export function keyNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'the name must not be blank';
  if (name.length > API_KEY_NAME_MAX_LENGTH) return `the name must be at most ${API_KEY_NAME_MAX_LENGTH} characters`;
  return undefined;
}
