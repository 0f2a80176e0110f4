import { checkCommand } from './commands/check.ts';
import { exportCommand } from './commands/export.ts';
import { gradeCommand } from './commands/grade.ts';
import { importCommand } from './commands/import.ts';
import { packCommand } from './commands/pack.ts';
import { rulesCommand } from './commands/rules.ts';
import { EXIT, processIo, type Io } from './io.ts';

const USAGE = `cloudwright: check AWS architecture designs against the rules of the study notes

usage:
  cloudwright check DESIGN [--json]      check a design file (exit 0 ok, 1 error findings, 2 bad input)
  cloudwright check DESIGN --scenario ID|FILE [--pack DIR] [--json]
                                         judge a design against a scenario (exit 0 only when it passes)
  cloudwright pack lint DIR              validate a scenario pack
  cloudwright pack test DIR              run a pack's must-pass and must-fail designs
  cloudwright grade --scenario ID|FILE [--pack DIR] PATH... [--format csv|json]
                                         grade many designs, one row each
  cloudwright rules [--json|--markdown]  list the rules
  cloudwright export DESIGN [--format cloudformation|sam] [--json]
                                         print the design as a CloudFormation or SAM template
  cloudwright import TEMPLATE [--check] [--json]
                                         print the design a template makes; --check also runs the rules
`;

type Command = (args: string[], io: Io) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  export: exportCommand,
  grade: gradeCommand,
  import: importCommand,
  pack: packCommand,
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

