import type { Evaluator } from './result.ts';
import { because, failed, passed, plural } from './result.ts';

/** A design AWS would reject never passes a scenario: this requirement is always judged. */
export const noErrorFindings: Evaluator<'no-error-findings'> = (_requirement, { findings }) => {
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return passed('The design has no error findings: AWS would accept it.');
  const first = errors[0]!;
  return failed({
    message: `The design has ${plural(errors.length, 'error finding')}: ${errors.map((finding) => `${finding.rule} (${finding.message})`).join('; ')}`,
    why: because(`AWS would reject this design. ${first.why}`, first.source),
    fix: first.fix,
    nodes: [...new Set(errors.flatMap((finding) => finding.nodes))],
    edges: [...new Set(errors.flatMap((finding) => finding.edges))],
    source: first.source,
  });
};
