// A node's connections on the canvas, as the side panel lists them.

import type { NodeType } from '../server/contract';

export interface Connection {
  id: string;
  label: string;
  type: NodeType;
  /** The relationship as read from the selected node ("What they said", "Statements about it"). */
  relation: string;
}
