// Types for the Cytoscape extensions that ship none: each registers itself on the cytoscape function it is given.
declare module 'cytoscape-undo-redo' {
  const register: (cytoscape: unknown) => void;
  export default register;
}
declare module 'cytoscape-context-menus' {
  const register: (cytoscape: unknown) => void;
  export default register;
}
