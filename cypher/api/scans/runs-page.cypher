// A page of scan run ids, newest first, with the total. $skip, $limit
MATCH (run:ScanRun)
WITH run ORDER BY run.startedAt DESC, run.id
WITH collect(run.id) AS ids
RETURN size(ids) AS total, ids[$skip..($skip + $limit)] AS items
