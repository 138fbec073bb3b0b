// Eval floors: how --min is read, which figures fall short, and what the command does without a dev set.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { belowFloors, parseFloors } from '../../../scripts/eval/floors';
import type { Figures } from '../../../scripts/eval/score';

const ROOT = join(__dirname, '..', '..', '..');
const figure = (p: number, r: number, f1: number) => ({ p, r, f1, tp: 0, fn: 0, fp: 0 });
const figures = { entities: figure(1, 1, 1), statements: figure(0.9, 0.7, 0.79), events: figure(0.8, 0.6, 0.69) } as unknown as Figures;

describe('Eval floors', () => {
  it('should read set, part and measure, F1 when the measure is left out', () => {
    expect(parseFloors('dev.events.p=0.85,seed.statements=0.99')).to.deep.include.members([
      { set: 'dev', part: 'events', measure: 'p', value: 0.85, spec: 'dev.events.p=0.85' },
      { set: 'seed', part: 'statements', measure: 'f1', value: 0.99, spec: 'seed.statements=0.99' },
    ]);
  });

  it('should refuse a floor it cannot read', () => {
    expect(() => parseFloors('dev.speakers=0.9')).to.throw(/set\.part/);
    expect(() => parseFloors('dev.events=high')).to.throw(/set\.part/);
  });

  it('should name each figure below its floor and skip sets that were not scored', () => {
    const short = belowFloors(parseFloors('dev.statements=0.8,dev.events.p=0.75,dev.entities=0.95,other.events=0.9'), new Map([['dev', figures]]));
    expect(short).to.deep.equal(['dev statements f1 0.790 < 0.8']);
  });

  it('When the dev set is absent, then npm run eval says so, scores the seed only and meets seed floors', function () {
    this.timeout(120000);
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register', join(ROOT, 'scripts', 'eval.ts'), '--min', 'seed.statements=0.9,dev.events=0.99'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', WHOSAID_EVAL_DIR: join(ROOT, 'no-such-folder') },
    });
    expect(run.stderr).to.contain('no dev set');
    expect(run.stdout).to.contain('seed (5)').and.not.contain('dev (');
    expect(run.status).to.equal(0);
  });

  it('When a seed figure is below its floor, then npm run eval exits 1 and names it', function () {
    this.timeout(120000);
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register', join(ROOT, 'scripts', 'eval.ts'), '--min', 'seed.events.p=1.01'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', WHOSAID_EVAL_DIR: join(ROOT, 'no-such-folder') },
    });
    expect(run.status).to.equal(1);
    expect(run.stdout).to.contain('below floor: seed events p');
  });
});
