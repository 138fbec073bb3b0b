// The scorer port matches like ../shared/eval/score.mjs: entity merges, statements by speaker and words, events by key.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { score, type GoldFile, type Prediction } from '../../../scripts/eval/score';
import { devSet, evalFolder, predict, seedSet, type EvalSet } from '../../../scripts/eval/sets';

const gold: GoldFile = {
  aliases: { 'Vladimir Putin': ['Putin'] },
  articles: {
    'a.txt': {
      entities: [
        { name: 'Vladimir Putin', type: 'person' }, { name: 'Kherson', type: 'place' },
        { name: 'Kyiv', type: 'place', optional: true },
      ],
      statements: [
        { speaker: 'Vladimir Putin', quote: 'our troops will leave Kherson city soon', kind: 'indirect' },
        { speaker: 'Kherson', quote: 'water supply restored across the city', kind: 'direct' },
        { speaker: 'Vladimir Putin', quote: 'an optional remark about grain', kind: 'indirect', optional: true },
      ],
      events: [{ actor: 'Russia', verb: 'withdrew_from', target: 'Kherson' }, { actor: 'Russia', verb: 'attacked', target: 'Kyiv', optional: true }],
    },
  },
};

describe('Scorer port', () => {
  it('should count a second prediction for one gold entity as a false hit, and an optional one as neither', () => {
    const figures = score(gold, { 'a.txt': { entities: [
      { name: 'Putin', type: 'person' }, { name: 'Vladimir Putin', type: 'person' }, { name: 'Kyiv', type: 'place' },
    ] } });
    expect(figures.entities).to.include({ tp: 1, fp: 1, fn: 1 });
    expect(figures.articles[0].falseHits).to.deep.equal(['entity Vladimir Putin (second entity for Vladimir Putin)']);
  });

  it('should find a statement holding half its content words with the right speaker, and tell the speaker accuracy', () => {
    const prediction: Prediction = { statements: [
      { speaker: 'Putin', quote: 'troops will leave Kherson' },
      { speaker: 'Vladimir Putin', quote: 'water supply restored across the city' },
      { speaker: 'Putin', quote: 'remark about grain' },
    ] };
    const figures = score(gold, { 'a.txt': prediction });
    expect(figures.statements).to.include({ tp: 1, fn: 1, fp: 1 });
    expect(figures.quoteFoundRecall).to.equal(1);
    expect(figures.speakerAccuracy).to.equal(0.5);
    expect(figures.statementRecallByKind).to.deep.equal({ indirect: 1, direct: 0 });
  });

  it('should match events on actor, verb synonym and target, ignoring repeats and optional events', () => {
    const figures = score(gold, { 'a.txt': { events: [
      { actor: 'Russia', verb: 'pulled out of', target: 'Kherson' }, { actor: 'Russia', verb: 'withdrew_from', target: 'Kherson' },
      { actor: 'Russia', verb: 'attacked', target: 'Kyiv' }, { actor: 'Russia', verb: 'captured', target: 'Kherson' },
    ] } });
    expect(figures.events).to.include({ tp: 1, fn: 0, fp: 1 });
  });

  it('should give the figures of ../shared/eval/score.mjs on the seed and dev articles, when the scorer is there', function () {
    const scorer = join(evalFolder(), 'score.mjs');
    if (!existsSync(scorer)) this.skip();
    this.timeout(60000);
    for (const set of [seedSet(), devSet(evalFolder())].filter((s): s is EvalSet => !!s)) {
      const predictions = predict(set);
      const folder = mkdtempSync(join(tmpdir(), 'whosaid-score-'));
      for (const [file, prediction] of Object.entries(predictions)) writeFileSync(join(folder, `${file}.json`), JSON.stringify(prediction));
      const goldFile = join(folder, 'gold.json');
      writeFileSync(goldFile, JSON.stringify(set.gold));
      const run = spawnSync(process.execPath, [scorer, '--gold', goldFile, '--pred', folder, '--json'], { encoding: 'utf8' });
      const theirs = (JSON.parse(run.stdout) as { figures: Record<string, unknown> }).figures;
      const ours = score(set.gold, predictions);
      for (const part of ['entities', 'statements', 'events'] as const) {
        expect(ours[part], `${set.label} ${part}`).to.deep.include(theirs[part] as object);
      }
      expect(ours.statementRecallByKind, set.label).to.deep.equal(theirs.statementRecallByKind);
      expect(ours.quoteFoundRecall, set.label).to.equal(theirs.quoteFoundRecall);
      expect(ours.entityTypeAccuracy, set.label).to.equal(theirs.entityTypeAccuracy);
    }
  });
});
