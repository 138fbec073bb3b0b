// Guards the extraction floors of issue 3 on the seed articles, scored like ../shared/eval/score.mjs against a copy of the gold.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { score, type GoldFile, type Prediction } from '../support/score';
import { seedArticles } from '../support/seed-articles';

const gold = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'seed-gold.json'), 'utf8')) as GoldFile;

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
    expect(figures.entities.f1, figures.misses.concat(figures.falseHits).filter((m) => m.includes(' entity ')).join('\n')).to.be.at.least(0.9);
  });

  it('When statements are scored, then F1 is at least 0.90', () => {
    const figures = score(gold, predictions);
    expect(figures.statements.f1, figures.misses.concat(figures.falseHits).filter((m) => m.includes(' statement ')).join('\n')).to.be.at.least(0.9);
  });

  it('When events are scored, then F1 is at least 0.75 and precision at least 0.85', () => {
    const figures = score(gold, predictions);
    const why = figures.misses.concat(figures.falseHits).filter((m) => m.includes(' event ')).join('\n');
    expect(figures.events.f1, why).to.be.at.least(0.75);
    expect(figures.events.p, why).to.be.at.least(0.85);
  });
});
