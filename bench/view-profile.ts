// Where a frame's time goes while panning and zooming a large synthetic graph: a CPU profile of the page (Chromium's
// profiler over CDP) during the view benchmark's gesture loop, summed by function (self time), top first.
//
// BENCH_SIZES (default 5000) and BENCH_COMPARE (another built client/dist, profiled after this one) as for bench:view.
import { buildClient, launchBrowser, VIEWPORT } from '../test/client/support/browser';
import { syntheticGraph } from './support/synthetic-graph';
import { loadAverage } from './support/load-average';
import { BUILDS, countFrames, fittedCanvas, frameFigures, graphServer, openGraph, panAndZoom } from './support/view-page';

const SIZES = (process.env.BENCH_SIZES ?? '5000').split(',').map(Number);
const TOP = Number(process.env.BENCH_TOP ?? 15);

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const nameOf = (node: ProfileNode) => {
  const file = node.callFrame.url.split('/').pop() || '';
  return `${node.callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${node.callFrame.lineNumber + 1}` : ''}`;
};

/** Time by function (name, file, line), in ms, largest first: its own (self) and with what it calls (total). */
function functionTimes(profile: Profile): { self: { name: string; ms: number }[]; total: { name: string; ms: number }[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const name = nameOf(byId.get(id)!);
    self.set(name, (self.get(name) ?? 0) + ms);
    // A recursive function counts once per sample.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) seen.add(nameOf(byId.get(at)!));
    for (const caller of seen) total.set(caller, (total.get(caller) ?? 0) + ms);
  });
  const sorted = (times: Map<string, number>) => [...times].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return { self: sorted(self), total: sorted(total) };
}

async function main(): Promise<void> {
  buildClient();
  const browser = await launchBrowser();
  try {
    for (const size of SIZES) {
      const graph = syntheticGraph(size);
      for (const build of BUILDS) {
        const server = await graphServer(graph, build.dir);
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await openGraph(context, server.url, 'canvas');
        const box = await fittedCanvas(page);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        await countFrames(page);
        await panAndZoom(page, box);
        const frames = await frameFigures(page);
        const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: Profile };
        const total = (profile.endTime - profile.startTime) / 1000;
        const { self: times, total: totals } = functionTimes(profile);
        const busy = times.filter((t) => !/^\((idle|program|garbage collector)\)/.test(t.name)).reduce((sum, t) => sum + t.ms, 0);
        process.stdout.write(`\n${size.toLocaleString('en')} nodes, build "${build.name}" (${build.dir}), load average ${loadAverage()}: `
          + `${frames.fps.toFixed(1)} fps, frame time median ${frames.p50.toFixed(0)} / 95th pct ${frames.p95.toFixed(0)} / longest ${frames.longest.toFixed(0)} ms; `
          + `profiled ${total.toFixed(0)} ms, JavaScript busy ${busy.toFixed(0)} ms\n`);
        const line = ({ name, ms }: { name: string; ms: number }) => `${ms.toFixed(0).padStart(7)} ms  ${(100 * ms / total).toFixed(1).padStart(5)} %  ${name}\n`;
        process.stdout.write(`self time:\n${times.slice(0, TOP).map(line).join('')}with what each calls:\n`);
        process.stdout.write(totals.filter((t) => !/^\(root\)/.test(t.name)).slice(0, 2 * TOP).map(line).join(''));
        await context.close();
        server.close();
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:view-profile: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
