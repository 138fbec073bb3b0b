// Keeps the last lines a child process wrote, so that a failure can show what the process said before it.

export class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly maxLines = 40) {}

  push(chunk: Buffer | string): void {
    const text = this.partial + chunk.toString();
    const complete = text.split(/\r?\n/);
    this.partial = complete.pop() ?? '';
    for (const line of complete) this.keep(line);
  }

  text(): string {
    return [...this.lines, ...(this.partial ? [this.partial] : [])].join('\n');
  }

  private keep(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.maxLines) this.lines.shift();
  }
}

/** Indents a block of output under an explanation, or says there was none. */
export function quoteOutput(title: string, output: string): string {
  const body = output.trim();
  if (!body) return `${title}: (nothing)`;
  return `${title}:\n${body.split('\n').map((line) => `  | ${line}`).join('\n')}`;
}
