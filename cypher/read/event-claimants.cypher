// Who claims each of these events: the claimant the text names, and the speakers of the statements that assert it.
UNWIND $ids AS id
MATCH (event:Event {id: id})
CALL (event) {
  OPTIONAL MATCH (claim:Statement)-[:CLAIMS]->(event)
  OPTIONAL MATCH (speaker:Entity)-[:SAID]->(claim)
  RETURN collect(DISTINCT {name: coalesce(speaker.name, claim.speaker), id: speaker.key, statementId: claim.id}) AS statementClaimants
}
OPTIONAL MATCH (named:Entity) WHERE event.claimedBy IS NOT NULL AND named.name = event.claimedBy
RETURN event.id AS event, statementClaimants, event.claimedBy AS claimedBy, collect(named.key)[0] AS claimedById
