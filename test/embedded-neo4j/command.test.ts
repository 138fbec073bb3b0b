// Checks the java command line: the launcher on its class path, its arguments in order, and a bounded heap.
import path from 'node:path';
import { expect } from 'chai';
import { jdkTool, launcherCommand } from '../../server/embedded-neo4j/command';

describe('launcherCommand', () => {
  const command = launcherCommand({
    home: '/opt/neo4j-home', dataDir: 'relative/data', boltPort: 0, heapMiB: 512, pageCacheMiB: 64, env: {},
  });

  it('should run the Launcher class from the launcher jar and the jars of the installation', () => {
    const classPath = command.args[command.args.indexOf('-cp') + 1];
    expect(classPath.split(path.delimiter)).to.deep.equal(['/opt/neo4j-home/launcher.jar', '/opt/neo4j-home/lib/*']);
    expect(command.args[command.args.indexOf('-cp') + 2]).to.equal('Launcher');
  });

  it('should pass the data folder as an absolute path, then the Bolt port and the page cache size', () => {
    expect(command.args.slice(-3)).to.deep.equal([path.resolve('relative/data'), '0', '64']);
  });

  it('should cap the heap at the size asked for', () => {
    expect(command.args).to.include('-Xmx512m');
  });

  it('should use the full JIT and no class archive unless asked to', () => {
    expect(command.args.filter((arg) => /TieredStopAtLevel|SharedArchiveFile|ArchiveClassesAtExit/.test(arg))).to.deep.equal([]);
  });

  it('should pass the quick JIT tier and a class archive to use or to create when asked to', () => {
    const base = { home: '/h', dataDir: '/d', boltPort: 7687, heapMiB: 512, pageCacheMiB: 64, env: {} };
    const using = launcherCommand({ ...base, quickJit: true, classArchive: { file: '/h/launcher.jsa' } }).args;
    expect(using).to.include.members(['-XX:TieredStopAtLevel=1', '-XX:SharedArchiveFile=/h/launcher.jsa']);
    const creating = launcherCommand({ ...base, classArchive: { file: '/h/new.jsa', create: true } }).args;
    expect(creating).to.include('-XX:ArchiveClassesAtExit=/h/new.jsa');
  });

  it('should take java from JAVA_HOME when it is set, else from PATH', () => {
    expect(command.command).to.equal('java');
    expect(jdkTool('javac', { JAVA_HOME: '/usr/lib/jvm/jdk' })).to.equal('/usr/lib/jvm/jdk/bin/javac');
  });
});
