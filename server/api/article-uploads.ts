// What a POST /api/articles request carries, as uploads for the use case: a JSON article or array, a text, or files.
import type { Request } from 'express';
import type { AddArticlesBody, ArticleUpload } from '../contract';
import { InvalidInputError } from '../errors';
import type { ArticleUploadInput } from '../use-cases/add-articles';

export function articleUploads(req: Request, body: unknown): ArticleUploadInput[] {
  if (req.is('application/json')) return (body as AddArticlesBody).map(fromJson);
  if (req.is('text/plain') && typeof body === 'string') return [{ text: body, meta: {} }];
  if (req.is('multipart/form-data')) {
    const files = (req.files as Express.Multer.File[] | undefined) ?? [];
    const texts = [(req.body as Record<string, unknown> | undefined)?.text ?? []].flat().filter((text): text is string => typeof text === 'string');
    const uploads = [
      ...files.map((file) => ({ name: file.originalname, bytes: file.buffer, meta: {} })),
      ...texts.map((text) => ({ text, meta: {} })),
    ];
    if (uploads.length > 0) return uploads;
  }
  throw new InvalidInputError(`${req.method} ${req.baseUrl}${req.path}: no article in the request: send JSON, a text/plain body, or files as multipart/form-data`);
}

function fromJson({ text, name, format, ...meta }: ArticleUpload): ArticleUploadInput {
  return { text, name, format, meta };
}
