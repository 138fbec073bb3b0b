// The report's inline stylesheet: readable on screen, clean on paper (A4 margins, no fact split across pages).
// It holds no "<", ">" or "&": the builder escapes text, and a style element's text is not unescaped by HTML parsers.

export const REPORT_STYLE = `
@page { size: A4; margin: 16mm 14mm; }
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #1d2530; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font: 600 20pt/1.2 Helvetica, Arial, sans-serif; margin: 0 0 0.2em; }
h2 { font: 600 13pt Helvetica, Arial, sans-serif; border-bottom: 1px solid #c9d0d8; padding-bottom: 0.2em; margin-top: 1.6em; }
.meta, .details, figcaption, .description { font: 9pt/1.4 Helvetica, Arial, sans-serif; color: #4a5563; }
pre.query { font: 8.5pt/1.35 Menlo, Consolas, monospace; background: #f3f5f7; padding: 0.6em 0.8em; white-space: pre-wrap; word-break: break-word; }
table.params { font: 9pt Helvetica, Arial, sans-serif; border-collapse: collapse; }
table.params th, table.params td { text-align: left; padding: 0.1em 0.8em 0.1em 0; vertical-align: top; word-break: break-word; }
figure { margin: 1.2em 0; page-break-inside: avoid; break-inside: avoid; }
figure svg { width: 100%; height: auto; border: 1px solid #e1e6eb; }
.key { margin-right: 1em; white-space: nowrap; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.05em; }
.note { display: block; margin-top: 0.3em; }
ol.facts { padding-left: 1.6em; }
ol.facts li { margin-bottom: 0.9em; break-inside: avoid; page-break-inside: avoid; }
.quote, .event { margin: 0; font-size: 11.5pt; }
.details { margin: 0.15em 0; }
.details .name { font-weight: 600; margin-right: 0.3em; }
.sentence { margin: 0.2em 0 0; padding-left: 0.8em; border-left: 3px solid #d5dbe2; font-size: 9.5pt; color: #3a4452; }
.cite { font: 600 8.5pt Helvetica, Arial, sans-serif; color: #2f5f9e; text-decoration: none; vertical-align: super; }
.sources li { margin-bottom: 0.4em; word-break: break-word; }
.url { font: 8.5pt Menlo, Consolas, monospace; color: #2f5f9e; }
`;
