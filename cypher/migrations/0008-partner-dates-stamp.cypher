// A partner account whose dates alone changed carries its own stamp (docs/change-tracking.md): only the rules that
// read those dates need to look at it again, so such a change does not lead every rule to the partner's whole book.
CREATE RANGE INDEX partner_dates_changed IF NOT EXISTS FOR (n:Partner) ON (n.datesChangedAt);
