// Routes of the articles themselves: add (JSON, text or files), remove, and list them. Adding and removing need the token.
import { addArticlesBody, addArticlesPayload, articleListPayload, articleListQuery, articleParams, deleteArticlePayload } from '../../contract';
import { addArticles } from '../../use-cases/add-articles';
import { articleList } from '../../use-cases/article-list';
import { removeArticle } from '../../use-cases/remove-article';
import { articleUploads } from '../article-uploads';
import { route, type Route } from '../route';
import type { ApiDeps } from './deps';

export function articleRoutes({ db, longDb }: ApiDeps): Route[] {
  return [
    route({
      method: 'POST', path: '/articles', operationId: 'addArticles', tag: 'articles', write: true,
      summary: 'Adds articles: each is extracted and written; the answer says per article what became of it',
      description: 'A text already stored is "unchanged"; a new text with the URL of a stored article "replaced" it.',
      body: addArticlesBody,
      examples: {
        body: [
          { text: 'Kremlin spokesman Dmitry Peskov said on Tuesday that talks had stalled.', title: 'Talks stall', url: 'https://example.com/talks', date: 'Nov. 9, 2022' },
          [{ text: 'Ukraine said its forces had entered Kherson.', outlet: 'Example News', date: '2022-11-11T09:30:00Z' }],
        ],
      },
      bodyTypes: ['application/json', 'text/plain', 'multipart/form-data'],
      responses: { 200: { description: 'One result per article, in the order sent.', schema: addArticlesPayload } },
      handle: ({ body }, req) => addArticles(longDb, articleUploads(req, body)),
    }),
    route({
      method: 'DELETE', path: '/articles/:id', operationId: 'deleteArticle', tag: 'articles', write: true,
      summary: 'Removes an article, its statements, events and mentions, and the entities only it supported',
      params: articleParams,
      examples: { params: [{ id: '91df686907f47033' }] },
      responses: {
        200: { description: 'Removed.', schema: deleteArticlePayload },
        404: { description: 'No article has that id.' },
      },
      handle: ({ params }) => removeArticle(longDb, params.id),
    }),
    route({
      method: 'GET', path: '/articles', operationId: 'listArticles', tag: 'articles', cacheable: true,
      summary: 'One page of the articles, most recently ingested first, with their counts',
      query: articleListQuery,
      examples: { query: [{}, { limit: '20', offset: '40' }] },
      responses: { 200: { description: 'The page and the total.', schema: articleListPayload } },
      handle: ({ query }) => articleList(db, query),
    }),
  ];
}
