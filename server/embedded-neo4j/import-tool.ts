// Neo4j's own bulk importer (`neo4j-admin database import full`), fetched from Maven Central beside the embedded Neo4j.
//
// The importer lives in org.neo4j:neo4j-import-tool, which the embedded DBMS does not need; its dependencies are the
// DBMS's own jars, so only the one jar is copied, and it runs with the installation's lib/ on its class path.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jdkTool } from './command';
import { installNeo4j, logToStderr } from './install';
import { defaultInstallHome, installLayout, neo4jVersion } from './paths';
import { runTool } from './run-tool';

export interface ImportFiles {
  /** Node files (`--nodes=`), and relationship files (`--relationships=`), as paths. */
  nodes: string[];
  relationships: string[];
}

export interface ImportRun extends ImportFiles {
  /** The Neo4j home to import into: the store lands in `<home>/data/databases/neo4j`, where the launcher looks. */
  home: string;
  /** Passed as they are, e.g. ["--multiline-fields=true", "--array-delimiter=;"]. */
  options?: string[];
  log?: (line: string) => void;
}

function importToolJar(version: string): string {
  return path.join(defaultInstallHome(version), 'import-tool', `neo4j-import-tool-${version}.jar`);
}

/** Installs the embedded Neo4j if needed, then the import tool's jar; returns the jar's path. */
export async function installImportTool(log: (line: string) => void = logToStderr): Promise<string> {
  const version = neo4jVersion();
  await installNeo4j({ log });
  const jar = importToolJar(version);
  if (existsSync(jar)) return jar;
  await runTool({
    command: 'mvn',
    args: [
      '-B', '--no-transfer-progress', 'org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy',
      `-Dartifact=org.neo4j:neo4j-import-tool:${version}`, `-DoutputDirectory=${path.dirname(jar)}`,
    ],
    doing: 'fetching neo4j-import-tool from Maven Central',
    log,
  });
  return jar;
}

/** Runs `neo4j-admin database import full neo4j …` into `home`, which must hold no database yet. */
export async function importCsv(run: ImportRun): Promise<void> {
  const log = run.log ?? logToStderr;
  const jar = await installImportTool(log);
  const conf = path.join(run.home, 'conf');
  await mkdir(conf, { recursive: true });
  await writeFile(path.join(conf, 'neo4j.conf'), '');
  const classPath = [path.join(installLayout(defaultInstallHome()).lib, '*'), jar].join(path.delimiter);
  await runTool({
    command: jdkTool('java'),
    args: [
      '-cp', classPath, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j', ...(run.options ?? []),
      ...run.nodes.map((file) => `--nodes=${file}`), ...run.relationships.map((file) => `--relationships=${file}`),
    ],
    env: { ...process.env, NEO4J_HOME: run.home, NEO4J_CONF: conf },
    doing: 'importing CSV files with neo4j-admin',
    log,
  });
}
