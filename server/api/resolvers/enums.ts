// GraphQL enum names mapped to the values the graph stores (server/model/graph-model.ts), so Cypher never sees
// anything but the model's own vocabulary.

export const enumResolvers = {
  Role: { VIEWER: 'viewer', ANALYST: 'analyst', ADMIN: 'admin' },
  EntityKind: {
    ORGANIZATION: 'Organization',
    PARTNER: 'Partner',
    TENANT: 'Tenant',
    CUSTOMER: 'Customer',
    SUBSCRIPTION: 'Subscription',
  },
  PartnerRole: {
    INDIRECT_PROVIDER: 'indirect-provider',
    INDIRECT_RESELLER: 'indirect-reseller',
    DIRECT_BILL: 'direct-bill',
  },
  TenantKind: { CSP: 'csp', CUSTOMER: 'customer' },
  Cloud: { COMMERCIAL: 'commercial', US_GOVERNMENT: 'us-government', CHINA_21VIANET: 'china-21vianet' },
  ManagementKind: { GDAP: 'gdap', DAP: 'dap', AOBO: 'aobo', SUPPORT: 'support' },
  SupplyState: { ACTIVE: 'active', INACTIVE: 'inactive' },
  SubscriptionStatus: {
    NONE: 'none',
    ACTIVE: 'active',
    PENDING: 'pending',
    SUSPENDED: 'suspended',
    EXPIRED: 'expired',
    DISABLED: 'disabled',
    DELETED: 'deleted',
  },
  BillingType: { NONE: 'none', USAGE: 'usage', LICENSE: 'license', BENEFIT: 'benefit' },
  Severity: { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low' },
  FindingStatus: { OPEN: 'open', ACKNOWLEDGED: 'acknowledged', WAIVED: 'waived', RESOLVED: 'resolved' },
  TriageState: { ACKNOWLEDGED: 'acknowledged', WAIVED: 'waived' },
  FindingChange: { NEW: 'new', STILL_OPEN: 'still-open', RESOLVED: 'resolved' },
};
