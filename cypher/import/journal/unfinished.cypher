// Every import whose marker is still in the graph (a finished import deletes it), with how long it has been silent.
MATCH (i:Import)
RETURN i.id AS id, i.state AS state, i.source AS source, toString(i.startedAt) AS startedAt, i.owner AS owner,
       i.host AS host, i.pid AS pid, toString(i.heartbeatAt) AS heartbeatAt,
       datetime().epochMillis - i.heartbeatAt.epochMillis AS silentMs
ORDER BY i.startedAt
