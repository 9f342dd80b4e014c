// A finding's evidence as a scan stores it on its Finding node, and as the API reads it back.
//
// Neo4j properties hold only scalars and lists of scalars: no maps, and no null inside a list. The evidence is two
// lists of maps (nodes {id, label, name}, edges {type, from, to}) whose names may be null, so it is stored as one
// JSON string property. Written and read whole, it comes back exactly as the rule returned it (values, nulls and
// order) and is replaced in one SET; parallel lists would need a sentinel for null names and six lists kept in step.
// Nothing queries inside it: the entities it names are also the finding's CONCERNS relationships, which the filters
// and violation counts follow through the entity id indexes.
import { z } from 'zod';
import { evidenceEdge, evidenceNode } from '../rules/run-rule';
import type { Finding } from './finding';

export type Evidence = Finding['evidence'];

/** The evidence as the rule returned it (run-rule.ts): the same nodes and edges, read back. */
const evidenceSchema = z.object({ nodes: z.array(evidenceNode), edges: z.array(evidenceEdge) });

/** The JSON text stored in `Finding.evidence`: only the columns docs/rules.md defines, in the rule's order. */
export function evidenceText(evidence: Evidence): string {
  return JSON.stringify({
    nodes: evidence.nodes.map(({ id, label, name }) => ({ id, label, name })),
    edges: evidence.edges.map(({ type, from, to }) => ({ type, from, to })),
  });
}

/** The evidence a `Finding.evidence` property holds; throws when the text is not evidence. */
export function readEvidenceText(text: string): Evidence {
  return evidenceSchema.parse(JSON.parse(text));
}
