// Creates or updates entities by key, adding this article's aliases to those other articles gave.
UNWIND $entities AS row
MERGE (entity:Entity {key: row.key})
SET entity:$(row.label),
    entity.name = row.name,
    entity.type = row.type,
    entity.aliases = reduce(
      aliases = coalesce(entity.aliases, []), alias IN row.aliases |
      CASE WHEN alias IN aliases THEN aliases ELSE aliases + alias END),
    entity.role = coalesce(row.role, entity.role),
    entity.affiliation = coalesce(row.affiliation, entity.affiliation),
    entity.lat = coalesce(toFloat(row.lat), entity.lat),
    entity.lon = coalesce(toFloat(row.lon), entity.lon)
