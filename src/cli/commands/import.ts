import { parseArgs } from 'node:util';
import { designToJson, designToYaml } from '../../design/save.ts';
import { validate } from '../../engine/validate.ts';
import { describeProblem } from '../../formats/problems.ts';
import { importTemplate } from '../../iac/import-template.ts';
import { EXIT, readTextFile, type Io } from '../io.ts';
import { findingText } from './check.ts';

export const IMPORT_USAGE = 'usage: cloudwright import TEMPLATE [--check] [--json]';

/**
 * `cloudwright import TEMPLATE`: prints the design a CloudFormation or SAM template makes (warnings
 * on stderr). With --check it also runs the rules: exit 1 when they find an error. 2 on bad input.
 */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { check: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    io.err(IMPORT_USAGE);
    return EXIT.badInput;
  }
  const read = readTextFile(file);
  if (!read.ok) {
    io.err(read.message);
    return EXIT.badInput;
  }
  const imported = importTemplate(read.text);
  if (!imported.ok) {
    io.err(imported.problems.map((problem) => describeProblem(problem, file)).join('\n'));
    return EXIT.badInput;
  }
  for (const warning of imported.warnings) io.err(`warning: ${describeProblem(warning, file)}`);
  io.out(values.json ? designToJson(imported.design) : designToYaml(imported.design));
  if (!values.check) return EXIT.ok;
  const verdict = await validate({ source: imported.design });
  if (!verdict.valid) {
    io.err(verdict.problems.map((problem) => describeProblem(problem, file)).join('\n'));
    return EXIT.badInput;
  }
  const errors = verdict.findings.filter((finding) => finding.severity === 'error').length;
  io.err(verdict.findings.length === 0 ? `${file}: no findings` : verdict.findings.map(findingText).join('\n\n'));
  io.err(`${errors} error(s), ${verdict.findings.length - errors} other finding(s)`);
  return verdict.ok ? EXIT.ok : EXIT.failed;
}
