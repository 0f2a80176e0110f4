import { parseText, type ParsedText } from '../../formats/parse-text.ts';
import type { Problem } from '../../formats/problems.ts';
import { intrinsicTags } from '../intrinsic-tags.ts';
import { type CfnTemplate, isRecord } from '../template.ts';

export interface ParsedTemplate {
  template: CfnTemplate;
  /** Line and column of a path into the template, for problems and warnings. */
  locate: ParsedText['locate'];
}

/** Reads a template (YAML with short-form intrinsics, or JSON) and checks it has the shape of one. */
export function parseTemplate(text: string): { ok: true; parsed: ParsedTemplate } | { ok: false; problems: Problem[] } {
  const parsed = parseText(text, { customTags: intrinsicTags() });
  if (!parsed.ok) return parsed;
  const { value, locate } = parsed.parsed;
  const at = (path: Array<string | number>, message: string): Problem => ({ path: path.join('.'), message, ...locate(path) });
  if (!isRecord(value)) return { ok: false, problems: [at([], 'not a CloudFormation template: expected a mapping with a Resources section')] };
  if (!isRecord(value.Resources)) {
    return { ok: false, problems: [at(value.Resources === undefined ? [] : ['Resources'], 'not a CloudFormation template: Resources must be a mapping of logical ids to resources')] };
  }
  const problems: Problem[] = [];
  for (const [logicalId, resource] of Object.entries(value.Resources)) {
    if (!/^[A-Za-z0-9]+$/.test(logicalId)) problems.push(at(['Resources', logicalId], `logical id "${logicalId}" must be alphanumeric`));
    if (!isRecord(resource)) {
      problems.push(at(['Resources', logicalId], 'a resource must be a mapping with a Type'));
      continue;
    }
    if (typeof resource.Type !== 'string') problems.push(at(['Resources', logicalId, 'Type'], 'a resource needs a Type such as AWS::SQS::Queue'));
    if (resource.Properties !== undefined && !isRecord(resource.Properties)) {
      problems.push(at(['Resources', logicalId, 'Properties'], 'Properties must be a mapping'));
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, parsed: { template: value as unknown as CfnTemplate, locate } };
}
