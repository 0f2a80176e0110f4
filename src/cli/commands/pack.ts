import { parseArgs } from 'node:util';
import { lintPack } from '../../scenario/lint.ts';
import { loadPackFromTexts } from '../../scenario/load-pack.ts';
import { DEFAULT_FACTS_FILE, readDataFiles, readFactIds, readNotes } from '../../scenario/node/read-pack.ts';
import { runPackTests } from '../../scenario/pack-tests.ts';
import { EXIT, type Io } from '../io.ts';
import { describeFileProblem } from './scenario-option.ts';

export const PACK_USAGE = `usage:
  cloudwright pack lint DIR [--facts FILE] [--notes FILE]   validate a pack (exit 0 clean, 1 problems, 2 no such folder)
  cloudwright pack test DIR [--facts FILE] [--notes FILE]   lint, then run every must-pass and must-fail design (exit 0 all PASS)`;

/** `cloudwright pack lint|test DIR`: checks an instructor's pack, then runs its test designs. */
export async function packCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { facts: { type: 'string' }, notes: { type: 'string' } },
    allowPositionals: true,
  });
  const [action, dir] = positionals;
  if ((action !== 'lint' && action !== 'test') || !dir || positionals.length > 2) {
    io.err(PACK_USAGE);
    return EXIT.badInput;
  }
  const folder = readDataFiles(dir);
  if (!folder.ok) {
    io.err(folder.message);
    return EXIT.badInput;
  }
  const loaded = loadPackFromTexts(folder.files);
  if (!loaded.ok) {
    io.out(loaded.problems.map((problem) => describeFileProblem({ ...problem, file: `${dir}/${problem.file ?? ''}` })).join('\n'));
    io.out(`\n${dir}: ${loaded.problems.length} problem(s)`);
    return EXIT.failed;
  }
  const knownFactIds = readFactIds(values.facts ?? DEFAULT_FACTS_FILE);
  if (!knownFactIds) io.err(`warning: ${values.facts ?? DEFAULT_FACTS_FILE} cannot be read; fact ids were not checked`);
  const notesText = readNotes(values.notes);
  const problems = lintPack(loaded.value, { knownFactIds, notesText });
  if (problems.length > 0) {
    io.out(problems.map((problem) => describeFileProblem({ ...problem, file: problem.file ? `${dir}/${problem.file}` : dir })).join('\n'));
    io.out(`\n${dir}: ${problems.length} problem(s)`);
    return EXIT.failed;
  }
  const pack = loaded.value;
  if (action === 'lint') {
    io.out(`${dir}: pack "${pack.id}" is sound (${pack.scenarios.length} scenarios in ${pack.chapters.length} chapters)`);
    return EXIT.ok;
  }
  const results = await runPackTests(pack);
  for (const result of results) {
    const expectation = result.expect === 'pass' ? 'must pass' : `must fail with ${result.failsWith}`;
    io.out(`${result.ok ? 'PASS' : 'FAIL'} ${result.scenario} / ${result.name} (${expectation}): ${result.reason}`);
  }
  const failed = results.filter((result) => !result.ok).length;
  io.out(`\n${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? EXIT.ok : EXIT.failed;
}
