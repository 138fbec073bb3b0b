// Layers point one way: client → API → use cases → graph readers and writers; the contract is shared and imports
// nothing, and so is the canvas layout (the page, its worker and the server run the same one). The test reads every
// import in server/ and client/ and checks its direction.
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..');

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return entry === 'dist' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Import { from: string; to: string; typeOnly: boolean }

/** Every relative import of every file, as paths from the project root ("server/api/app"). */
function imports(directory: string): Import[] {
  return sources(join(ROOT, directory)).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'(\.[^']+)'/gm)].map((match) => ({
      from: relative(ROOT, file),
      to: relative(ROOT, resolve(dirname(file), match[2])),
      typeOnly: Boolean(match[1]),
    }));
  });
}

const server = imports('server');
const client = imports('client');
const under = (folder: string) => (path: string) => path === folder || path.startsWith(`${folder}/`);

describe('architecture', () => {
  it('should find the imports it checks', () => {
    expect(server.length).to.be.greaterThan(100);
    expect(client.length).to.be.greaterThan(20);
  });

  it('should keep every lower layer from importing the API (only the start file builds the app)', () => {
    const wrong = server.filter(({ from, to }) => under('server/api')(to) && !under('server/api')(from) && from !== 'server/start.ts');
    expect(wrong).to.deep.equal([]);
  });

  it('should keep the graph readers, the loader and the extractor from importing use cases', () => {
    const lower = ['server/graph', 'server/load', 'server/extract', 'server/embedded-neo4j'];
    const wrong = server.filter(({ from, to }) => lower.some((folder) => under(folder)(from)) && under('server/use-cases')(to));
    expect(wrong).to.deep.equal([]);
  });

  it('should keep the contract free of the rest of the server', () => {
    const wrong = server.filter(({ from, to }) => under('server/contract')(from) && !under('server/contract')(to));
    expect(wrong).to.deep.equal([]);
  });

  it('should let the client import from the server only the contract\'s types and the canvas layout it shares', () => {
    const wrong = client.filter(({ to, typeOnly }) => under('server')(to) && !under('server/canvas-layout')(to) && (!typeOnly || !under('server/contract')(to)));
    expect(wrong).to.deep.equal([]);
  });

  it('should keep the shared canvas layout free of the rest of the server, so that the page can run it', () => {
    const wrong = server.filter(({ from, to }) => under('server/canvas-layout')(from) && !under('server/canvas-layout')(to));
    expect(wrong).to.deep.equal([]);
  });
});
