// Selects again what an export of the whole graph took: every node and every relationship.
MATCH (node)
OPTIONAL MATCH link = (node)-[]->()
RETURN node, link
