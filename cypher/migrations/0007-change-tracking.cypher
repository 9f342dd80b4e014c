// Change tracking (docs/change-tracking.md): range indexes on the change stamps an incremental scan looks up, and on
// the dates that make time itself a change between two scans' as-of dates.
CREATE RANGE INDEX partner_changed IF NOT EXISTS FOR (n:Partner) ON (n.changedAt);
CREATE RANGE INDEX customer_changed IF NOT EXISTS FOR (n:Customer) ON (n.changedAt);
CREATE RANGE INDEX tenant_changed IF NOT EXISTS FOR (n:Tenant) ON (n.changedAt);
CREATE RANGE INDEX organization_changed IF NOT EXISTS FOR (n:Organization) ON (n.changedAt);
CREATE RANGE INDEX subscription_changed IF NOT EXISTS FOR (n:Subscription) ON (n.changedAt);
CREATE RANGE INDEX supplies_changed IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.changedAt);
CREATE RANGE INDEX sells_to_changed IF NOT EXISTS FOR ()-[r:SELLS_TO]-() ON (r.changedAt);
CREATE RANGE INDEX manages_changed IF NOT EXISTS FOR ()-[r:MANAGES]-() ON (r.changedAt);
CREATE RANGE INDEX owns_changed IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.changedAt);
CREATE RANGE INDEX partner_mpa_signed IF NOT EXISTS FOR (n:Partner) ON (n.mpaSignedOn);
CREATE RANGE INDEX partner_onboarded IF NOT EXISTS FOR (n:Partner) ON (n.onboardedOn);
CREATE RANGE INDEX partner_enrolled IF NOT EXISTS FOR (n:Partner) ON (n.enrolledOn);
CREATE RANGE INDEX supplies_since IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.since);
CREATE RANGE INDEX supplies_until IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.until);
CREATE RANGE INDEX sells_to_since IF NOT EXISTS FOR ()-[r:SELLS_TO]-() ON (r.since);
CREATE RANGE INDEX sells_to_until IF NOT EXISTS FOR ()-[r:SELLS_TO]-() ON (r.until);
CREATE RANGE INDEX manages_since IF NOT EXISTS FOR ()-[r:MANAGES]-() ON (r.since);
CREATE RANGE INDEX manages_until IF NOT EXISTS FOR ()-[r:MANAGES]-() ON (r.until);
CREATE RANGE INDEX owns_since IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.since);
