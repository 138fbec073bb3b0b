// Builds the java command line that runs the launcher: class path, memory limits and the JVM flags Neo4j expects.
import path from 'node:path';
import { installLayout, LAUNCHER_CLASS } from './paths';

/** The JDK's tool of that name: from JAVA_HOME when it is set, else whatever PATH finds. */
export function jdkTool(name: 'java' | 'javac' | 'jar', env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', name) : name;
}

export interface LaunchSettings {
  home: string;
  dataDir: string;
  /** 0 lets Neo4j bind any free port and report it. */
  boltPort: number;
  heapMiB: number;
  pageCacheMiB: number;
  /** Use the class-data archive at this path, or with `create`, write it when the JVM exits. */
  classArchive?: { file: string; create?: boolean };
  /**
   * Compile with the quick JIT tier only: start-up takes about 40 % less CPU, long-running queries run slower.
   * Right for short-lived instances such as the tests'.
   */
  quickJit?: boolean;
  env?: NodeJS.ProcessEnv;
}

export const DEFAULT_MEMORY = { heapMiB: 768, pageCacheMiB: 256 };

// The flags of the neo4j.conf that ships with the server, minus those for large production machines.
const NEO4J_JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
];

export function launcherCommand(settings: LaunchSettings): { command: string; args: string[] } {
  const layout = installLayout(settings.home);
  const classPath = [layout.launcherJar, path.join(layout.lib, '*')].join(path.delimiter);
  return {
    command: jdkTool('java', settings.env),
    args: [
      // A small starting heap and the serial collector keep the resident size near 300 MB on a 2-core
      // machine where tests run an instance of their own beside the app's.
      `-Xms${Math.min(64, settings.heapMiB)}m`,
      `-Xmx${settings.heapMiB}m`,
      '-XX:+UseSerialGC',
      ...NEO4J_JVM_FLAGS,
      ...classArchiveFlags(settings.classArchive),
      ...(settings.quickJit ? ['-XX:TieredStopAtLevel=1'] : []),
      '-cp', classPath,
      LAUNCHER_CLASS,
      path.resolve(settings.dataDir),
      String(settings.boltPort),
      String(settings.pageCacheMiB),
    ],
  };
}

function classArchiveFlags(archive: LaunchSettings['classArchive']): string[] {
  if (!archive) return [];
  if (archive.create) return [`-XX:ArchiveClassesAtExit=${archive.file}`];
  // An archive the JVM cannot use (made by another JDK build, say) is skipped with a warning, not fatal.
  return [`-XX:SharedArchiveFile=${archive.file}`];
}
