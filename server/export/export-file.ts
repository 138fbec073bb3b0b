// One file of an export: its name and its content as chunks, made only when read, so archives stream entry by entry.

export interface ExportFile {
  name: string;
  chunks(): Iterable<string>;
}
