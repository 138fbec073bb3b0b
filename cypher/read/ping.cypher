// The health probe: answers only if the configured database itself serves queries.
RETURN 1 AS ok
