// Naive loader (benchmark baseline): one entity node.
MERGE (entity:Entity {key: $entity.key})
SET entity:$($entity.label), entity.name = $entity.name, entity.type = $entity.type, entity.aliases = $entity.aliases,
    entity.role = $entity.role, entity.affiliation = $entity.affiliation,
    entity.lat = toFloat($entity.lat), entity.lon = toFloat($entity.lon)
