import { parseArgs } from 'node:util';
import { loadDesignText } from '../../design/load.ts';
import { describeProblem } from '../../formats/problems.ts';
import { exportTemplate } from '../../iac/export-template.ts';
import { EXIT, readTextFile, type Io } from '../io.ts';

export const EXPORT_USAGE = 'usage: cloudwright export DESIGN [--format cloudformation|sam] [--json]';

/** `cloudwright export DESIGN`: prints the design as a CloudFormation (or SAM) template; 2 on bad input. */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'cloudformation' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1 || (values.format !== 'cloudformation' && values.format !== 'sam')) {
    io.err(EXPORT_USAGE);
    return EXIT.badInput;
  }
  const read = readTextFile(file);
  if (!read.ok) {
    io.err(read.message);
    return EXIT.badInput;
  }
  const loaded = loadDesignText(read.text);
  if (!loaded.ok) {
    io.err(loaded.problems.map((problem) => describeProblem(problem, file)).join('\n'));
    return EXIT.badInput;
  }
  io.out(exportTemplate(loaded.value, { format: values.format, as: values.json ? 'json' : 'yaml' }));
  return EXIT.ok;
}
