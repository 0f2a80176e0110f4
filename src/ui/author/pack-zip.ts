import { strToU8, zipSync } from 'fflate';

/** The pack's files in one .zip, each under the pack's folder name, ready to unzip and `cloudwright pack lint`. */
export function zipPack(folder: string, files: Readonly<Record<string, string>>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(files)) entries[`${folder}/${path}`] = strToU8(text);
  return zipSync(entries, { level: 6 });
}
