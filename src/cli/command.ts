// The shape of a `kedang` sub-command: its usage line and a run that returns the exit code.

export const EXIT_OK = 0;
/** The input has errors that prevent the work (an unreadable file, say). */
export const EXIT_INPUT_ERROR = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
}

export interface Command {
  /** One line, e.g. 'check FILE [--json]'. */
  usage: string;
  summary: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

export class UsageError extends Error {}
