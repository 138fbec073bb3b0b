// The force layout on the page's own thread, loaded the first time a canvas is laid out there: the seed view comes laid
// out by the server, so its first drawing does not wait for fCoSE (about 130 KB of script) to load and compile.
import type { LayoutJob, LayoutPositions } from '../../server/canvas-layout/layout-plan';

/** Fetches the layout's chunk, once; an import already made answers at once. */
const layoutModule = () => import('../../server/canvas-layout/layout-job');

/** The job's positions; none when a later layout replaced it while the chunk loaded (`wanted` says). */
export async function layOutOnThePage(job: LayoutJob, wanted: () => boolean): Promise<LayoutPositions> {
  const { runLayoutJob } = await layoutModule();
  return wanted() ? runLayoutJob(job) : {};
}

/** Loads the layout ahead of need once the page has drawn, so the analyst's first re-layout does not wait for it. */
export function preparePageLayout(): void {
  layoutModule().catch((error: unknown) => console.error(`layout: ${error instanceof Error ? error.message : String(error)}`));
}
