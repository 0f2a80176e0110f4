import { checkCommand } from './commands/check.ts';
import { rulesCommand } from './commands/rules.ts';
import { EXIT, processIo, type Io } from './io.ts';

const USAGE = `cloudwright: check AWS architecture designs against the rules of the study notes

usage:
  cloudwright check DESIGN [--json]      check a design file (exit 0 ok, 1 error findings, 2 bad input)
  cloudwright rules [--json|--markdown]  list the rules
`;

type Command = (args: string[], io: Io) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  rules: rulesCommand,
};

/** Runs one command; never throws: an unexpected failure is reported in one line with exit 2. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? EXIT.ok : EXIT.badInput;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`cloudwright: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.badInput;
  }
  try {
    return await command(args, io);
  } catch (error) {
    io.err(`cloudwright ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.badInput;
  }
}

