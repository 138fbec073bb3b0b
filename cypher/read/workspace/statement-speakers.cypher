// Who said each of these statements: a statement on the canvas always comes with its speaker.
UNWIND $ids AS id
MATCH (statement:Statement {id: id})<-[:SAID]-(speaker:Entity)
RETURN statement.id AS statement,
       speaker {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon} AS entity
