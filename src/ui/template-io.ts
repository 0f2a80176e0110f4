import { type Design, exportTemplateText, type ImportResult, importTemplateText, type TemplateFormat } from '../bridge.ts';
import { downloadText, fileSlug } from './file-io.ts';

/** The file name a template is saved as: `orders-pipeline.template.yaml` or `.sam.yaml`. */
export function templateFileName(design: Design, format: TemplateFormat): string {
  return `${fileSlug(design.name)}.${format === 'sam' ? 'sam' : 'template'}.yaml`;
}

/** Saves the design as a CloudFormation or SAM template (YAML), through the engine's exporter. */
export async function downloadTemplate(design: Design, format: TemplateFormat): Promise<void> {
  downloadText(await exportTemplateText(design, format), templateFileName(design, format), 'application/yaml');
}

/** Asks for a CloudFormation or SAM template and reads it into a design; undefined when nothing was picked. */
export function pickTemplateFile(): Promise<ImportResult | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.yaml,.yml,.json,.template,application/json,application/yaml,text/yaml';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return resolve(undefined);
      resolve(await importTemplateText(await file.text()));
    });
    input.click();
  });
}
