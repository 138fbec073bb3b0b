// Naive loader (benchmark baseline): one REPORTED_IN relationship of a statement.
MATCH (statement:Statement {id: $statementId})
MATCH (article:Article {id: $articleId})
MERGE (statement)-[:REPORTED_IN]->(article)
