// AuditEntry: its details are stored as JSON text and handed out as JSON.
import type { Resolvers } from '../generated/resolver-types';

export const securityResolvers: Resolvers = {
  AuditEntry: {
    details: (entry) => (entry.details === null ? null : JSON.parse(entry.details)),
  },
};
