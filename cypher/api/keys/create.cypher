// Stores a new API key: its id, name, role, scope and the SHA-256 hash of its secret (never the secret).
// $key: {id, name, role, hash, createdBy, scopeProviders, scopeRegions} (both scope lists null for an unscoped key)
CREATE (k:ApiKey {id: $key.id, name: $key.name, role: $key.role, hash: $key.hash, createdBy: $key.createdBy,
                  scopeProviders: $key.scopeProviders, scopeRegions: $key.scopeRegions, createdAt: datetime()})
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.createdBy AS createdBy,
       k.revokedAt AS revokedAt, k.scopeProviders AS scopeProviders, k.scopeRegions AS scopeRegions
