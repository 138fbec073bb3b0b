// Installs Neo4j Community from Maven Central into `.neo4j/<version>/` (jars, launcher, class archive); idempotent.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createClassArchive } from './class-archive';
import { jdkTool } from './command';
import { defaultInstallHome, installLayout, InstallLayout, LAUNCHER_SOURCE, neo4jVersion, POM_FILE } from './paths';
import { runTool, seconds } from './run-tool';

export interface InstallOptions {
  /** The installation folder; defaults to `<project>/.neo4j/<version>`. */
  home?: string;
  /** Where progress lines go; stderr by default. */
  log?: (line: string) => void;
}

export interface Neo4jInstallation {
  home: string;
  version: string;
  /** False when an installation of the same sources was already there and nothing was done. */
  installedNow: boolean;
}

export function logToStderr(line: string): void {
  process.stderr.write(`whosaid neo4j: ${line}\n`);
}

export async function installNeo4j(options: InstallOptions = {}): Promise<Neo4jInstallation> {
  const version = neo4jVersion();
  const home = options.home ?? defaultInstallHome(version);
  const log = options.log ?? logToStderr;
  const fingerprint = sourcesFingerprint();
  if (isInstalled(installLayout(home), fingerprint)) return { home, version, installedNow: false };

  const started = Date.now();
  log(`installing Neo4j Community ${version} from Maven Central into ${home}`);
  // Built beside the target and renamed into place, so that an interrupted install never looks complete.
  const staging = installLayout(`${home}.partial-${process.pid}`);
  await rm(staging.home, { recursive: true, force: true });
  await mkdir(staging.home, { recursive: true });
  try {
    await fetchJars(staging, log);
    log(`fetched the jars (${seconds(started)} s); compiling the launcher`);
    await compileLauncher(staging, log);
    await writeFile(staging.marker, JSON.stringify({ version, fingerprint }, null, 2) + '\n');
    if (!(await moveIntoPlace(staging.home, home, fingerprint))) return { home, version, installedNow: false };
  } finally {
    await rm(staging.home, { recursive: true, force: true });
  }
  log(`installed the jars and the launcher (${seconds(started)} s); recording the classes a start loads`);
  await createClassArchive(home, log);
  log(`installed Neo4j ${version} in ${seconds(started)} s`);
  return { home, version, installedNow: true };
}

/** Raised whenever the installation's layout changes, so that older installations are redone. */
const LAYOUT_VERSION = '2';

/** Changes whenever pom.xml, Launcher.java or the layout changes, so that any of these triggers a fresh install. */
function sourcesFingerprint(): string {
  const hash = createHash('sha256').update(LAYOUT_VERSION);
  for (const file of [POM_FILE, LAUNCHER_SOURCE]) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/** False when another process completed the same installation first, which is then kept. */
async function moveIntoPlace(staging: string, home: string, fingerprint: string): Promise<boolean> {
  if (isInstalled(installLayout(home), fingerprint)) return false;
  await rm(home, { recursive: true, force: true });
  try {
    await rename(staging, home);
    return true;
  } catch (error) {
    if (isInstalled(installLayout(home), fingerprint)) return false;
    throw error;
  }
}

function isInstalled(layout: InstallLayout, fingerprint: string): boolean {
  if (!existsSync(layout.marker)) return false;
  try {
    return JSON.parse(readFileSync(layout.marker, 'utf8')).fingerprint === fingerprint;
  } catch {
    return false;
  }
}

function fetchJars(layout: InstallLayout, log: (line: string) => void): Promise<void> {
  return runTool({
    command: 'mvn',
    args: [
      '-B', '--no-transfer-progress', '-f', POM_FILE,
      'dependency:copy-dependencies', `-DoutputDirectory=${layout.lib}`, '-DincludeScope=runtime',
    ],
    doing: 'fetching jars from Maven Central',
    log,
  });
}

async function compileLauncher(layout: InstallLayout, log: (line: string) => void): Promise<void> {
  const classes = path.join(layout.home, 'classes');
  await runTool({
    command: jdkTool('javac'),
    args: ['-d', classes, '-cp', path.join(layout.lib, '*'), LAUNCHER_SOURCE],
    doing: 'compiling Launcher.java',
    log,
  });
  await runTool({
    command: jdkTool('jar'),
    args: ['--create', '--file', layout.launcherJar, '-C', classes, '.'],
    doing: 'packing the launcher',
    log,
  });
  await rm(classes, { recursive: true, force: true });
}
