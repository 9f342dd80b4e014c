// The API's roles, each allowed everything the roles below it are: viewer < analyst < admin.

import type { Scope } from './scope';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleAllows(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(required);
}

/** Who made a request: an API key or the subject of a JWT. */
export interface Principal {
  /** `api-key:<id>` or `jwt:<subject>`. */
  id: string;
  name: string;
  role: Role;
  /** The part of the graph it may see; null: all of it. */
  scope: Scope | null;
}
