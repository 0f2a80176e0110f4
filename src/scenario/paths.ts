/** Pack paths are relative, "/"-separated and normalised, whatever the platform. */
export function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0 || parts[parts.length - 1] === '..') parts.push('..');
      else parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** The path of `target` written relative to the folder of `from`. */
export function besideFile(from: string | undefined, target: string): string {
  const slash = from ? from.replace(/\\/g, '/').lastIndexOf('/') : -1;
  const folder = from && slash >= 0 ? from.slice(0, slash) : '';
  return normalisePath(folder ? `${folder}/${target}` : target);
}
