/**
 * The files of a drop, folders walked, as (path, text) pairs with paths like a folder picker gives
 * (`my-pack/pack.yaml`), so a dropped folder and a picked one load alike.
 */
export async function filesFromDrop(transfer: DataTransfer): Promise<Array<[string, string]>> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((entry): entry is FileSystemEntry => entry !== null && entry !== undefined);
  if (entries.length === 0) return Promise.all([...transfer.files].map(async (file) => [file.name, await file.text()] as [string, string]));
  const out: Array<[string, string]> = [];
  await Promise.all(entries.map((entry) => walk(entry, out)));
  return out;
}

async function walk(entry: FileSystemEntry, out: Array<[string, string]>): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push([path, await file.text()]);
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches until it returns an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return;
    await Promise.all(batch.map((child) => walk(child, out)));
  }
}
