// How many control claims these places have, before the claims view's limit.
UNWIND $keys AS key
MATCH (:Place {key: key})<-[:TARGET]-(event:Event)
WHERE event.verb IN $verbs
RETURN count(event) AS total
