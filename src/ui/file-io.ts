import { type Design, designToJson, designToYaml, type LoadResult, loadDesignText } from '../bridge.ts';

/** A design's name as a file name: "Orders pipeline" → "orders-pipeline". */
export function fileSlug(name: string | undefined): string {
  return (name ?? 'design').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design';
}

/** Hands the browser a file to save. */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves the design as a file in the engine's format. */
export function downloadDesign(design: Design, format: 'yaml' | 'json'): void {
  const text = format === 'yaml' ? designToYaml(design) : designToJson(design);
  downloadText(text, `${fileSlug(design.name)}.cloudwright.${format}`, format === 'yaml' ? 'application/yaml' : 'application/json');
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
