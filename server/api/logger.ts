// Structured log lines: one JSON object per line, information to stdout and errors to stderr.

export type LogEntry = Record<string, unknown>;

export interface Logger {
  info(entry: LogEntry): void;
  error(entry: LogEntry): void;
}

export function jsonLogger(out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Logger {
  const line = (level: string, entry: LogEntry) => `${JSON.stringify({ time: new Date().toISOString(), level, ...entry })}\n`;
  return {
    info: (entry) => out.write(line('info', entry)),
    error: (entry) => err.write(line('error', entry)),
  };
}
