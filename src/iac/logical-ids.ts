/** CloudFormation logical ids are alphanumeric: `orders-dlq` becomes `OrdersDlq`. */
export function logicalIdFor(nodeId: string): string {
  const id = nodeId
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return id === '' ? 'Resource' : id;
}

/** A design node id from a logical id: `OrdersDlq` becomes `orders-dlq` (lowercase letters, digits and '-'). */
export function nodeIdFor(logicalId: string): string {
  const id = logicalId
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return id === '' ? 'resource' : id;
}

/** Hands out names that are unique within one template or design, numbering repeats. */
export class NameAllocator {
  private readonly taken = new Set<string>();

  constructor(private readonly maxLength = 255) {}

  allocate(wanted: string): string {
    let name = wanted.slice(0, this.maxLength);
    for (let n = 2; this.taken.has(name); n += 1) {
      const suffix = String(n);
      name = `${wanted.slice(0, this.maxLength - suffix.length)}${suffix}`;
    }
    this.taken.add(name);
    return name;
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }
}
