// Selects again what an export of nodes took: the nodes with these stable ids and every path from them up to $depth links long.
MATCH (start)
WHERE start.key IN $ids OR start.id IN $ids
MATCH path = (start)-[*0..3]-()
WHERE length(path) <= $depth
RETURN path
