// A place's claims view: who claimed what about control over it, over time, with disagreeing claims marked.
import { z } from 'zod';
import { graphNodeData } from './graph';
import { articleRef, claimant } from './nodes';

export const controlClaim = z.object({
  event: z.object({
    id: z.string(), label: z.string(), verb: z.string(), actor: z.string(), target: z.string(),
    date: z.string().nullable().describe('When it happened, if the text says.'),
    modality: z.string().nullable(),
  }),
  place: z.string().describe('The place the event names (the asked place or one named after it, such as its region).'),
  article: articleRef.describe('Where the claim was reported; its date is the report date.'),
  claimants: z.array(claimant).describe('Who makes the claim; empty when the article asserts it itself.'),
  control: z.object({
    actor: z.string(),
    holds: z.boolean().describe('Whether the actor holds the place after the event, as claimed.'),
  }),
  disagreesWith: z.array(z.string()).describe('Ids of events whose claims contradict this one within 30 days.'),
});
export type ControlClaim = z.infer<typeof controlClaim>;

export const placeClaimsPayload = z.object({
  place: graphNodeData,
  related: z.array(graphNodeData).describe('Places named after it ("Kherson region" for "Kherson"), whose claims are included.'),
  claims: z.array(controlClaim).describe('Oldest first, by event date or else report date.'),
  total: z.number().int(),
});
export type PlaceClaimsPayload = z.infer<typeof placeClaimsPayload>;
