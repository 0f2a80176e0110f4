import { componentFor } from '../catalog/index.ts';
import { formatPath } from '../formats/problems.ts';
import { ruleById } from '../rules/index.ts';
import { requirementsOf } from './judge.ts';
import type { Pack } from './load-pack.ts';
import type { FileProblem, Scenario } from './scenario.ts';
import type { NodeSelector, Requirement } from './schema.ts';

export interface LintOptions {
  /** Ids of the fact-check table's rows; when given, every objective's facts must be among them. */
  knownFactIds?: ReadonlySet<string>;
  /** The study notes' text; when given, every quoted notes sentence must appear in it. */
  notesText?: string;
}

/** Checks a loaded pack beyond its schema; an empty list means the pack is sound. */
export function lintPack(pack: Pack, options: LintOptions = {}): FileProblem[] {
  return pack.scenarios.flatMap((scenario) => lintScenario(scenario, options));
}

/** Checks what the schema cannot: kinds, facts, references between parts, and the tests a level needs. */
export function lintScenario(scenario: Scenario, options: LintOptions = {}): FileProblem[] {
  const problems: FileProblem[] = [];
  const at = (path: Array<string | number>, message: string): void => {
    problems.push({ file: scenario.file, path: formatPath(path), message });
  };

  scenario.palette.forEach((kind, index) => {
    if (!componentFor(kind)) at(['palette', index], `"${kind}" is not a kind in the catalog`);
  });
  const headings = options.notesText === undefined ? undefined : new Set(options.notesText.split('\n').map((line) => line.trim()));
  scenario.objectives.forEach((objective, index) => {
    if (headings && !headings.has(objective.section)) at(['objectives', index, 'section'], `"${objective.section}" is not a section heading of the study notes`);
    objective.facts.forEach((fact, f) => {
      if (options.knownFactIds && !options.knownFactIds.has(fact)) at(['objectives', index, 'facts', f], `"${fact}" is not an id in facts.tsv`);
    });
  });

  const streams = new Set(scenario.simulation.traffic.map((stream) => stream.id));
  const startNodes = new Set(scenario.start?.design.nodes.map((node) => node.id) ?? []);
  const checkKind = (kind: string, path: Array<string | number>) => {
    if (!componentFor(kind)) at(path, `"${kind}" is not a kind in the catalog`);
  };
  const checkSelector = (selector: NodeSelector, path: Array<string | number>) => {
    if ('kind' in selector) {
      if (typeof selector.kind === 'string') checkKind(selector.kind, [...path, 'kind']);
      else
        selector.kind.forEach((kind, index) => {
          checkKind(kind, [...path, 'kind', index]);
        });
    } else if (!startNodes.has(selector.node)) at([...path, 'node'], `no node "${selector.node}" in the starting design (name a kind, or add the node to start)`);
  };
  const lintRequirement = (requirement: Requirement, path: Array<string | number>) => {
    if ('stream' in requirement && requirement.stream !== undefined && !streams.has(requirement.stream)) {
      at([...path, 'stream'], `no traffic stream has the id "${requirement.stream}"`);
    }
    if (requirement.notes && options.notesText !== undefined && !options.notesText.includes(requirement.notes.quote)) {
      at([...path, 'notes', 'quote'], 'this sentence does not appear in the study notes (quote it exactly)');
    }
    switch (requirement.type) {
      case 'uses-kind':
      case 'forbids-kind':
        checkKind(requirement.kind, [...path, 'kind']);
        break;
      case 'property': {
        const definition = componentFor(requirement.kind);
        if (!definition) checkKind(requirement.kind, [...path, 'kind']);
        else if (!(requirement.property.split('.')[0]! in definition.config.shape)) {
          at([...path, 'property'], `${requirement.kind} has no property "${requirement.property.split('.')[0]}"`);
        }
        break;
      }
      case 'path-exists':
      case 'decoupled':
        checkSelector(requirement.from, [...path, 'from']);
        checkSelector(requirement.to, [...path, 'to']);
        break;
      case 'availability':
        if (requirement.duringFault !== undefined && scenario.simulation.faults[requirement.duringFault] === undefined) {
          at([...path, 'duringFault'], `there is no fault number ${requirement.duringFault} (faults are counted from 0)`);
        }
        break;
      case 'faulty-dead-lettered':
        if (!scenario.simulation.faults.some((fault) => fault.type === 'poison-message')) {
          at(path, 'needs a poison-message fault in simulation.faults: no message would be made to fail');
        }
        break;
      default:
        break;
    }
  };
  for (const [list, requirements] of [['requirements', scenario.requirements], ['bonus', scenario.bonus]] as const) {
    requirements.forEach((requirement, index) => {
      lintRequirement(requirement, [list, index]);
    });
  }

  scenario.simulation.traffic.forEach((stream, index) => {
    stream.from?.forEach((client, c) => {
      if (scenario.start?.design.nodes.some((node) => node.id === client && node.kind === 'Actor::Client')) return;
      at(['simulation', 'traffic', index, 'from', c], `no client "${client}" in the starting design (traffic enters at Actor::Client nodes)`);
    });
  });
  scenario.simulation.faults.forEach((fault, index) => {
    if ('stream' in fault && fault.stream !== undefined && !streams.has(fault.stream)) {
      at(['simulation', 'faults', index, 'stream'], `no traffic stream has the id "${fault.stream}"`);
    }
    if (fault.type === 'node-failure' && fault.kind !== undefined) checkKind(fault.kind, ['simulation', 'faults', index, 'kind']);
  });

  const requirementIds = new Set(requirementsOf(scenario).map((requirement) => requirement.id));
  if (scenario.tests.pass.length === 0) at(['tests', 'pass'], 'needs at least one design that must pass');
  if (scenario.tests.fail.length === 0) at(['tests', 'fail'], 'needs at least one design that must fail');
  scenario.tests.fail.forEach((test, index) => {
    const rule = ruleById(test.failsWith);
    if (!requirementIds.has(test.failsWith) && !rule) {
      at(['tests', 'fail', index, 'failsWith'], `"${test.failsWith}" is neither a requirement id of this scenario nor a rule id`);
    } else if (rule && rule.severity !== 'error') {
      at(['tests', 'fail', index, 'failsWith'], `rule "${test.failsWith}" reports a ${rule.severity}, which does not fail a scenario`);
    }
  });
  if (scenario.hints.length === 0) at(['hints'], 'needs at least one hint');
  return problems;
}
