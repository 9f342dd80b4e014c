// Indexes the rules and the explorer start from: role labels, tenant kind, dates, and names for search.
CREATE INDEX tenant_kind IF NOT EXISTS FOR (n:Tenant) ON (n.kind);
CREATE INDEX tenant_cloud IF NOT EXISTS FOR (n:Tenant) ON (n.cloud);
CREATE INDEX subscription_created IF NOT EXISTS FOR (n:Subscription) ON (n.createdOn);
CREATE INDEX provider_id IF NOT EXISTS FOR (n:IndirectProvider) ON (n.id);
CREATE INDEX reseller_id IF NOT EXISTS FOR (n:IndirectReseller) ON (n.id);
CREATE INDEX direct_bill_id IF NOT EXISTS FOR (n:DirectBill) ON (n.id);
CREATE INDEX partner_name IF NOT EXISTS FOR (n:Partner) ON (n.name);
CREATE INDEX customer_name IF NOT EXISTS FOR (n:Customer) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
