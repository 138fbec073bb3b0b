// The relationships among the exported nodes (these element ids, or all when $elementIds is null), keyed by stable ids.
CALL () {
  MATCH (source)-[relationship]->(target) WHERE $elementIds IS NULL
  RETURN source, relationship, target
  UNION ALL
  UNWIND coalesce($elementIds, []) AS elementId
  MATCH (source) WHERE elementId(source) = elementId
  MATCH (source)-[relationship]->(target)
  WHERE elementId(target) IN $elementIds
  RETURN source, relationship, target
}
RETURN coalesce(source.key, source.id) AS source, coalesce(target.key, target.id) AS target,
       type(relationship) AS type, relationship.count AS count
