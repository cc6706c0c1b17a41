// Dispatches `kedang <command> …` to the command modules; each command lives in its own file.

import { readFile } from 'node:fs/promises';
import { checkCommand } from './check.ts';
import { dedupCommand } from './dedup.ts';
import { EXIT_USAGE, UsageError, type CliIo, type Command } from './command.ts';

/** Every command, each in its own file. */
export const commands: Record<string, Command> = {
  check: checkCommand,
  dedup: dedupCommand,
};

const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: async (path) => new Uint8Array(await readFile(path)),
};

export function usage(): string {
  const lines = ['Usage: kedang <command> [options]', '', 'Commands:'];
  for (const command of Object.values(commands)) lines.push(`  ${command.usage.padEnd(60)} ${command.summary}`);
  return lines.join('\n');
}

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`Unknown command: ${name}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\nUsage: kedang ${command.usage}`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
