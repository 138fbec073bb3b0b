// Benchmark only: deletes up to $limit nodes with their relationships; run until it deletes none to empty the graph.
MATCH (node)
WITH node LIMIT $limit
DETACH DELETE node
RETURN count(*) AS deleted
