import manifest from '../../assets/icons/manifest.json';

/** Icon files are bundled by Vite; the manifest maps the catalog's icon keys to them. */
const files = import.meta.glob('/assets/icons/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export function iconUrl(key: string): string | undefined {
  const entry = (manifest as Record<string, { file: string }>)[key];
  return entry ? files[`/assets/icons/${entry.file}`] : undefined;
}

export function iconKeys(): string[] {
  return Object.keys(manifest);
}
