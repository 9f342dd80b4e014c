// Marks the start of a journaled import. `running` is unique among imports (migration 0005), so a second import
// cannot start while one is being written or undone. $id, $source, $owner, $host, $pid, $records.
CREATE (:Import {
  id: $id, state: 'writing', running: true, source: $source, records: $records, startedAt: datetime(),
  owner: $owner, host: $host, pid: $pid, heartbeatAt: datetime()
})
