// Naive loader (benchmark baseline): one event node.
MERGE (event:Event {id: $id})
SET event += $properties, event.date = date($date)
