// What a scan notes as it starts: the region table in force (a different one later means a full scan) and its
// watermark, the earliest change stamp a write it may not see can carry: a write still open now began at most
// $writeWindowMs ago, unless an import (which may hold its transactions longer) is running, then at its start.
OPTIONAL MATCH (table:RegionTable {id: 'current'})
OPTIONAL MATCH (import:Import {running: true})
WITH table, datetime() - duration({milliseconds: $writeWindowMs}) AS recent, min(import.startedAt) AS importStart
RETURN CASE WHEN table IS NULL THEN null ELSE toString(table.loadedAt) END AS regionTable,
       toString(CASE WHEN importStart IS NOT NULL AND importStart < recent THEN importStart ELSE recent END) AS watermark
