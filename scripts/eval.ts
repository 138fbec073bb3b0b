// npm run eval: scores the seed and the dev set side by side in one process, and fails below the --min floors.
//
//   npm run eval [-- --verbose] [--set label=GOLD.json,FOLDER] [--min dev.statements=0.8,dev.events.p=0.85,...]
//
// A floor names a set, a part (entities, statements, events) and optionally p or r (F1 when left out).
import { devSet, evalFolder, namedSet, predict, seedSet, type EvalSet } from './eval/sets';
import { score, type Figure, type Figures } from './eval/score';
import { belowFloors, parseFloors } from './eval/floors';

interface Options { verbose: boolean; sets: string[]; min: string }

function parseOptions(argv: string[]): Options {
  const options: Options = { verbose: false, sets: [], min: '' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--verbose') options.verbose = true;
    else if (argv[i] === '--set') options.sets.push(argv[++i] ?? '');
    else if (argv[i] === '--min') options.min = argv[++i] ?? '';
    else throw new Error(`eval: unknown option ${argv[i]}`);
  }
  return options;
}

const fmt = (x: number | null | undefined): string => (x == null ? 'n/a' : x.toFixed(3));
const prf = (f: Figure): string => `${fmt(f.p)} / ${fmt(f.r)} / ${fmt(f.f1)}`;

function rows(figures: Figures): Array<[string, string]> {
  const kind = (k: string): string => fmt(figures.statementRecallByKind[k]);
  return [
    ['entities P / R / F1', prf(figures.entities)],
    ['statements P / R / F1', prf(figures.statements)],
    ['  recall direct / mixed / indirect', `${kind('direct')} / ${kind('mixed')} / ${kind('indirect')}`],
    ['  quote found, speaker right', `${fmt(figures.quoteFoundRecall)}, ${fmt(figures.speakerAccuracy)}`],
    ['events P / R / F1', prf(figures.events)],
  ];
}

function printTable(results: Array<{ set: EvalSet; figures: Figures }>): void {
  const labels = rows(results[0].figures).map(([label]) => label);
  const columns = results.map(({ set, figures }) => [`${set.label} (${Object.keys(set.gold.articles).length})`, ...rows(figures).map(([, v]) => v)]);
  const width = Math.max(...labels.map((l) => l.length));
  const widths = columns.map((column) => Math.max(...column.map((cell) => cell.length)));
  const line = (label: string, cells: string[]): string => [label.padEnd(width), ...cells.map((c, i) => c.padEnd(widths[i]))].join('   ').trimEnd();
  process.stdout.write(`${line('', columns.map((c) => c[0]))}\n`);
  labels.forEach((label, i) => process.stdout.write(`${line(label, columns.map((c) => c[i + 1]))}\n`));
}

function printMisses(set: EvalSet, figures: Figures): void {
  for (const article of figures.articles) {
    process.stdout.write(`\n# ${set.label} ${article.file}\n`);
    for (const miss of article.misses) process.stdout.write(`  missed   ${miss}\n`);
    for (const hit of article.falseHits) process.stdout.write(`  false    ${hit}\n`);
  }
}

function main(argv: string[]): number {
  const options = parseOptions(argv);
  const folder = evalFolder();
  const dev = devSet(folder);
  if (!dev) process.stderr.write(`eval: no dev set in ${folder} (dev-gold.json and dev/articles; set WHOSAID_EVAL_DIR): scoring the seed only\n`);
  const sets = [seedSet(), ...(dev ? [dev] : []), ...options.sets.map(namedSet)];
  const started = performance.now();
  const results = sets.map((set) => ({ set, figures: score(set.gold, predict(set)) }));
  if (options.verbose) for (const { set, figures } of results) printMisses(set, figures);
  if (options.verbose) process.stdout.write('\n');
  printTable(results);
  process.stdout.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  const short = belowFloors(parseFloors(options.min), new Map(results.map(({ set, figures }) => [set.label, figures])));
  if (short.length) process.stdout.write(`below floor: ${short.join('; ')}\n`);
  return short.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
