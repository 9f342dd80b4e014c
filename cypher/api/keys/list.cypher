// A page of API keys, oldest first, with the total. $includeRevoked, $skip, $limit
MATCH (k:ApiKey)
WHERE $includeRevoked OR k.revokedAt IS NULL
WITH k ORDER BY k.createdAt, k.id
WITH collect(k) AS keys
RETURN size(keys) AS total,
       [k IN keys[$skip..($skip + $limit)] |
        k {.id, .name, .role, .createdAt, .createdBy, .revokedAt, .scopeProviders, .scopeRegions}] AS items
