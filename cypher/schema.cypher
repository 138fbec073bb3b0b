// whosaid's schema: uniqueness on every stable key, lookup indexes, full-text search; each statement idempotent.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (article:Article) REQUIRE article.id IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (entity:Entity) REQUIRE entity.key IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (statement:Statement) REQUIRE statement.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (event:Event) REQUIRE event.id IS UNIQUE;

CREATE INDEX article_date IF NOT EXISTS FOR (article:Article) ON (article.date);
CREATE INDEX article_source IF NOT EXISTS FOR (article:Article) ON (article.source);
CREATE INDEX article_outlet IF NOT EXISTS FOR (article:Article) ON (article.outlet);
CREATE INDEX entity_type IF NOT EXISTS FOR (entity:Entity) ON (entity.type);
CREATE INDEX statement_kind IF NOT EXISTS FOR (statement:Statement) ON (statement.kind);
CREATE INDEX event_verb IF NOT EXISTS FOR (event:Event) ON (event.verb);
CREATE INDEX event_date IF NOT EXISTS FOR (event:Event) ON (event.date);

CREATE FULLTEXT INDEX statement_quotes IF NOT EXISTS FOR (statement:Statement) ON EACH [statement.quote];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (entity:Entity) ON EACH [entity.name, entity.aliases];
