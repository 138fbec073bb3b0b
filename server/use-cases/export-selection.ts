// What an export's selection means: the part of the graph to read, the selection in words, the Cypher that selects it
// again, and a name for the file. A saved question or an analyst's query is run here, through the analysts' runner.
import type { CypherPayload, ExportSelection } from '../contract';
import { NotFoundError } from '../errors';
import { cypher } from '../graph/queries';
import type { ExportScope } from '../graph/read-export-graph';
import type { ReplayQuery } from '../export/export-context';
import { answerNodeIds } from './answer-nodes';
import type { CypherRun, CypherRunner } from './run-cypher';
import { savedQuestionRun } from './saved-questions';

export interface Chosen {
  scope: ExportScope;
  /** The report's title when the request gives none. */
  title: string;
  description: string;
  query: ReplayQuery;
  /** A short ASCII name for the file. */
  slug: string;
}

/** What follows every answer's selection in words: how the nodes were chosen, and what was added to them. */
const ANSWER_SCOPE = 'the nodes its answer names, each statement and event with its article and the entities it involves, '
  + 'and every relationship among them.';

export async function chooseSelection(selection: ExportSelection, runCypher: CypherRunner): Promise<Chosen> {
  if (selection.question !== undefined) {
    const { question, query, params } = savedQuestionRun(selection.question, selection.params ?? {});
    const asked = `the saved question "${question.name}" (${question.title})`;
    return fromAnswer({ query, params }, await runCypher({ query, params }), asked, `question-${question.name}`, `whosaid: ${question.title}`);
  }
  if (selection.cypher !== undefined) {
    const run = { query: selection.cypher, params: selection.params ?? {} };
    return fromAnswer(run, await runCypher(run), 'a read-only Cypher query', 'cypher', 'whosaid: the answer to a Cypher query');
  }
  return chosenPart(selection);
}

/** `asked` names what was run, as the middle of a sentence ("the saved question …"). */
function fromAnswer(run: Required<CypherRun>, answer: CypherPayload, asked: string, slug: string, title: string): Chosen {
  const ids = answerNodeIds(answer);
  const rows = `${answer.summary.rows} ${answer.summary.rows === 1 ? 'row' : 'rows'}`;
  if (ids.length === 0) {
    throw new NotFoundError(`export: ${asked} answered ${rows} that name no node of the graph; `
      + 'return nodes, relationships, paths or node ids (statement.id, entity.key) to export them');
  }
  const cut = answer.summary.truncated
    ? ` Its answer was cut short by the ${answer.summary.truncatedBy === 'bytes' ? 'size cap (CYPHER_MAX_BYTES)' : 'row cap (CYPHER_MAX_ROWS)'}: the export holds what the rows kept name.`
    : '';
  return {
    scope: { kind: 'answer', ids },
    title,
    description: `${asked.charAt(0).toUpperCase()}${asked.slice(1)}, ${rows}: ${ANSWER_SCOPE}${cut}`,
    query: { text: run.query, params: run.params },
    slug,
  };
}

/** A selection by node ids or by article, or none (the whole graph): read directly, no analyst's query involved. */
function chosenPart(selection: ExportSelection): Chosen {
  if (selection.article) {
    const description = `Article ${selection.article}: its statements and events, and the people, organizations and places involved.`;
    return {
      scope: { kind: 'article', articleId: selection.article },
      title: titleOf(description),
      description,
      query: { text: cypher('export/replay-article').text, params: { articleId: selection.article } },
      slug: `article-${selection.article}`,
    };
  }
  if (selection.nodes) {
    const { nodes: ids, depth } = selection;
    const reach = depth === 0 ? '' : ` and their neighbours up to ${depth} ${depth === 1 ? 'link' : 'links'} away`;
    const description = `${ids.length === 1 ? `The node ${ids[0]}` : `${ids.length} chosen nodes`}${reach}.`;
    return {
      scope: { kind: 'nodes', ids, depth },
      title: titleOf(description),
      description,
      query: { text: cypher('export/replay-nodes').text, params: { ids, depth } },
      slug: ids.length === 1 && depth === 0 ? 'node' : 'selection',
    };
  }
  const description = 'The whole graph.';
  return { scope: { kind: 'all' }, title: titleOf(description), description, query: { text: cypher('export/replay-all').text, params: {} }, slug: 'graph' };
}

const titleOf = (description: string) => `whosaid: ${description.replace(/\.$/, '')}`;
