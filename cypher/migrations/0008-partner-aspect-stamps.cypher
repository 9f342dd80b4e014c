// A partner account whose dates or roles alone changed carries a stamp of its own for each (docs/change-tracking.md):
// only the rules that read that part need to look at it again, so such a change does not lead every rule to the
// partner's whole book.
CREATE RANGE INDEX partner_dates_changed IF NOT EXISTS FOR (n:Partner) ON (n.datesChangedAt);
CREATE RANGE INDEX partner_roles_changed IF NOT EXISTS FOR (n:Partner) ON (n.rolesChangedAt);
