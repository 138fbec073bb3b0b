// The nodes one link away from these (element ids from the same transaction), in either direction.
UNWIND $elementIds AS elementId
MATCH (node) WHERE elementId(node) = elementId
MATCH (node)--(other)
RETURN DISTINCT elementId(other) AS elementId
