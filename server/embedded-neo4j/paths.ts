// Where the embedded Neo4j lives: the project's ignored `.neo4j/` folder, one sub-folder per Neo4j version.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder of this module's own sources: pom.xml and Launcher.java sit beside it. */
export const SOURCE_DIR = __dirname;
export const POM_FILE = path.join(SOURCE_DIR, 'pom.xml');
export const LAUNCHER_SOURCE = path.join(SOURCE_DIR, 'Launcher.java');
export const LAUNCHER_CLASS = 'Launcher';
/** The only address the embedded Neo4j listens on (Launcher.java binds the same). */
export const LOOPBACK = '127.0.0.1';

/** The nearest folder above this module that holds package.json. */
export function projectRoot(from: string = SOURCE_DIR): string {
  let dir = path.resolve(from);
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`embedded-neo4j/paths: no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The Neo4j version, read from pom.xml so that the version is set in one place. */
export function neo4jVersion(pomText: string = readFileSync(POM_FILE, 'utf8')): string {
  const found = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pomText);
  if (!found) throw new Error(`embedded-neo4j/paths: ${POM_FILE} sets no <neo4j.version>`);
  return found[1];
}

export function neo4jRoot(): string {
  return path.join(projectRoot(), '.neo4j');
}

/** The installation folder of one version (see InstallLayout). */
export function defaultInstallHome(version: string = neo4jVersion()): string {
  return path.join(neo4jRoot(), version);
}

/** The data folder `npm start` uses; kept apart from the version folders so an upgrade keeps the data. */
export function defaultDataDir(): string {
  return path.join(neo4jRoot(), 'data');
}

export interface InstallLayout {
  home: string;
  /** The jars of Neo4j and everything it depends on. */
  lib: string;
  /** The compiled launcher, as a jar: a class-data archive accepts jars only on the class path. */
  launcherJar: string;
  /** The JVM's archive of the classes a start-up loads, made at install time; optional, it only speeds starts. */
  classArchive: string;
  /** Written once lib and launcherJar are complete: with the right content, it means the installation is done. */
  marker: string;
}

export function installLayout(home: string): InstallLayout {
  return {
    home,
    lib: path.join(home, 'lib'),
    launcherJar: path.join(home, 'launcher.jar'),
    classArchive: path.join(home, 'launcher.jsa'),
    marker: path.join(home, 'installed.json'),
  };
}
