import type { Problem } from '../../formats/problems.ts';
import { type Reference, referencesIn } from '../references-in.ts';
import { type CfnTemplate, isRecord } from '../template.ts';
import { locator } from './locate.ts';
import type { ParsedTemplate } from './parse-template.ts';

/** Checks every reference names a parameter or resource, and that resources do not depend on each other in a circle. */
export function checkReferences(parsed: ParsedTemplate): Problem[] {
  const { template, locate } = parsed;
  const resources = template.Resources;
  const parameters = isRecord(template.Parameters) ? template.Parameters : {};
  const problems: Problem[] = [];
  const located = locator(locate);
  const at = (path: Array<string | number>, message: string) => problems.push(located(path, message));
  const dependsOn = new Map<string, Set<string>>();
  const check = (references: Reference[], from?: string) => {
    for (const reference of references) {
      if (reference.target.startsWith('AWS::')) continue;
      const isResource = Object.hasOwn(resources, reference.target);
      if (!isResource && !Object.hasOwn(parameters, reference.target)) {
        at(reference.path, `refers to "${reference.target}", which is neither a resource nor a parameter of this template`);
      } else if (isResource && from) {
        dependsOn.get(from)!.add(reference.target);
      }
    }
  };
  for (const [logicalId, resource] of Object.entries(resources)) {
    dependsOn.set(logicalId, new Set());
    const path = ['Resources', logicalId];
    check(referencesIn(resource.Properties, [...path, 'Properties']), logicalId);
    const explicit = resource.DependsOn === undefined ? [] : Array.isArray(resource.DependsOn) ? resource.DependsOn : [resource.DependsOn];
    explicit.forEach((target, index) => {
      const where = Array.isArray(resource.DependsOn) ? [...path, 'DependsOn', index] : [...path, 'DependsOn'];
      if (typeof target !== 'string' || !Object.hasOwn(resources, target)) at(where, `DependsOn names "${String(target)}", which is not a resource of this template`);
      else dependsOn.get(logicalId)!.add(target);
    });
  }
  check(referencesIn(template.Outputs, ['Outputs']));
  if (problems.length > 0) return problems;
  const cycle = findCycle(dependsOn);
  if (cycle) at(['Resources', cycle[0]!], `circular dependency: ${cycle.join(' → ')}`);
  return problems;
}

/** A circle of dependencies, as the logical ids along it (first repeated at the end), if there is one. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of graph.get(id) ?? []) {
      if (state.get(next) === 'visiting') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of [...graph.keys()].sort()) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}

export type { CfnTemplate };
