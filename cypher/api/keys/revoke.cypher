// Revokes an API key (kept, for the audit trail). $id
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.createdBy AS createdBy,
       k.revokedAt AS revokedAt, k.scopeProviders AS scopeProviders, k.scopeRegions AS scopeRegions
