// Waits until every index (full-text ones included) is online, so that searches right after start-up see them.
CALL db.awaitIndexes($timeoutSeconds)
