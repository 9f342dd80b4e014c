// Stores a new API key: its id, name, role and the SHA-256 hash of its secret (never the secret).
// $key: {id, name, role, hash, createdBy}
CREATE (k:ApiKey {id: $key.id, name: $key.name, role: $key.role, hash: $key.hash, createdBy: $key.createdBy,
                  createdAt: datetime()})
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.createdBy AS createdBy,
       k.revokedAt AS revokedAt
