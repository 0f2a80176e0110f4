import { type Design, designToJson, designToYaml, type LoadResult, loadDesignText } from '../bridge.ts';

/** Saves the design as a file in the engine's format. */
export function downloadDesign(design: Design, format: 'yaml' | 'json'): void {
  const text = format === 'yaml' ? designToYaml(design) : designToJson(design);
  const name = (design.name ?? 'design').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design';
  const url = URL.createObjectURL(new Blob([text], { type: format === 'yaml' ? 'application/yaml' : 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.cloudwright.${format === 'yaml' ? 'yaml' : 'json'}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Asks for a design file and reads it; the result says where any problem is. */
export function pickDesignFile(): Promise<LoadResult<Design> | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.yaml,.yml,.json,application/json,application/yaml,text/yaml';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return resolve(undefined);
      resolve(loadDesignText(await file.text()));
    });
    input.click();
  });
}
