// AuditEntry: its details are stored as JSON text and handed out as JSON.
import type { AuditEntryRow } from '../data/audit';

export const securityResolvers = {
  AuditEntry: {
    details: (entry: AuditEntryRow) => (entry.details === null ? null : JSON.parse(entry.details)),
  },
};
