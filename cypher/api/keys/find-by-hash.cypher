// The unrevoked API key whose secret hashes to $hash.
MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL
RETURN k.id AS id, k.name AS name, k.role AS role
