// Samples every index whose statistics are out of date, waits for it, then empties the plan cache: the next
// statements are planned on what the graph holds now. No parameters.
CALL db.prepareForReplanning()
