import type { Design } from '../design/schema.ts';
import { buildTemplate } from './export/build-template.ts';
import { toSam } from './export/sam.ts';
import type { CfnTemplate } from './template.ts';
import { templateToYaml } from './write-yaml.ts';

export type TemplateFormat = 'cloudformation' | 'sam';

export interface ExportOptions {
  /** Plain CloudFormation (default), or AWS SAM with functions as AWS::Serverless::Function and their events. */
  format?: TemplateFormat;
  /** YAML with short-form intrinsics (default) or JSON. */
  as?: 'yaml' | 'json';
}

/** The template for a design, as an object (long-form intrinsics). */
export function exportTemplateObject(design: Design, options: Pick<ExportOptions, 'format'> = {}): CfnTemplate {
  const template = buildTemplate(design);
  return options.format === 'sam' ? toSam(template) : template;
}

/** The template for a design as text: what `cloudwright export` prints and the game's Export button saves. */
export function exportTemplate(design: Design, options: ExportOptions = {}): string {
  const template = exportTemplateObject(design, options);
  return options.as === 'json' ? `${JSON.stringify(template, null, 2)}\n` : templateToYaml(template);
}
