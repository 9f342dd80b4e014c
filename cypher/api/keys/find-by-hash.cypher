// The unrevoked API key whose secret hashes to $hash, with its scope (both lists null when it has none).
MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL
RETURN k.id AS id, k.name AS name, k.role AS role, k.scopeProviders AS scopeProviders, k.scopeRegions AS scopeRegions
