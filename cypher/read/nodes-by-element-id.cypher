// The nodes at the ends of relationships an analyst's query returned without their nodes, by Neo4j element id.
UNWIND $elementIds AS elementId
MATCH (node)
WHERE elementId(node) = elementId
RETURN node
