// A page of audit entries, newest first, with the total. $action, $target (either may be null), $skip, $limit
MATCH (a:AuditEntry)
WHERE ($action IS NULL OR a.action = $action) AND ($target IS NULL OR a.target = $target)
WITH a ORDER BY a.at DESC, a.id
WITH collect(a) AS entries
RETURN size(entries) AS total,
       [a IN entries[$skip..($skip + $limit)] |
        a {.id, .at, .actor, .actorName, .role, .action, .outcome, .target, .requestId, .details}] AS items
