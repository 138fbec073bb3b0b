// Guards the extraction floors of issue 3 on the seed articles, scored like ../shared/eval/score.mjs against a copy of the gold.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { score, type Figures, type GoldFile, type Prediction } from '../../scripts/eval/score';
import { seedArticles } from '../support/seed-articles';

const gold = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'seed-gold.json'), 'utf8')) as GoldFile;

/** The misses and false hits of one part, to show when a floor fails. */
function why(figures: Figures, part: string): string {
  return figures.articles.flatMap((a) => [...a.misses, ...a.falseHits].filter((m) => m.startsWith(`${part} `)).map((m) => `${a.file} ${m}`)).join('\n');
}

describe('Extraction floors on the seed articles', () => {
  const predictions: Record<string, Prediction> = {};
  before(() => {
    for (const article of seedArticles()) predictions[article.file] = article.extraction;
  });

  it('When the seed articles are extracted, then every gold article has a prediction', () => {
    expect(Object.keys(predictions)).to.include.members(Object.keys(gold.articles));
  });

  it('When entities are scored, then F1 is at least 0.90', () => {
    const figures = score(gold, predictions);
    expect(figures.entities.f1, why(figures, 'entity')).to.be.at.least(0.9);
  });

  it('When statements are scored, then F1 is at least 0.90', () => {
    const figures = score(gold, predictions);
    expect(figures.statements.f1, why(figures, 'statement')).to.be.at.least(0.9);
  });

  it('When events are scored, then F1 is at least 0.75 and precision at least 0.85', () => {
    const figures = score(gold, predictions);
    expect(figures.events.f1, why(figures, 'event')).to.be.at.least(0.75);
    expect(figures.events.p, why(figures, 'event')).to.be.at.least(0.85);
  });
});
