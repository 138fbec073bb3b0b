// Types for cytoscape-svg (it ships none): a Cytoscape extension that adds cy.svg(options).
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const extension: Ext;
  export default extension;
}
