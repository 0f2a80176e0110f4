import { parse } from 'yaml';
import type { FileLoadResult, FileProblem, Pack } from '../bridge.ts';
import { loadForPlay } from './campaign-data.ts';

/** What the game needs of fetch: injectable, so the tests serve files from a folder. */
export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; statusText: string; text: () => Promise<string> }>;

/** The pack folder's address with a trailing slash, resolved against the page: `packs/mine` → `https://host/packs/mine/`. */
export function packBase(url: string, page: string): string {
  const base = new URL(url, page);
  base.search = '';
  base.hash = '';
  if (base.pathname.endsWith('/pack.yaml')) base.pathname = base.pathname.slice(0, -'pack.yaml'.length);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base.toString();
}

/** Parses YAML for the file names it mentions; a file that does not parse is reported by the pack loader, with its line. */
function quietParse(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** The scenario ids pack.yaml lists, in order. */
function listedScenarios(packText: string): string[] {
  const chapters = record(quietParse(packText)).chapters;
  if (!Array.isArray(chapters)) return [];
  return chapters.flatMap((chapter) => {
    const ids = record(chapter).scenarios;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  });
}

/** The design files a scenario refers to: its starting design (needed to play) and its test designs (only the pack's own tests run them). */
function designPaths(scenarioText: string): { start?: string; tests: string[] } {
  const scenario = record(quietParse(scenarioText));
  const tests = record(scenario.tests);
  const paths = [...(Array.isArray(tests.pass) ? tests.pass : []), ...(Array.isArray(tests.fail) ? tests.fail : [])].map((test) => record(test).design);
  return { ...(typeof scenario.start === 'string' ? { start: scenario.start } : {}), tests: paths.filter((path): path is string => typeof path === 'string') };
}

/**
 * Fetches a pack served over HTTP. A folder cannot be listed over HTTP, so the files are found the
 * way the pack names them: pack.yaml, then `ID.yaml` for each scenario id in its chapters (`.yml`
 * and `.json` also tried), then the designs each scenario refers to.
 */
export async function fetchPackTexts(url: string, page: string, fetcher: Fetcher): Promise<{ texts: Record<string, string>; problems: FileProblem[] }> {
  const base = packBase(url, page);
  const texts: Record<string, string> = {};
  const problems: FileProblem[] = [];
  const get = async (path: string): Promise<string | FileProblem> => {
    const address = new URL(path, base).toString();
    try {
      const response = await fetcher(address);
      if (!response.ok) return { file: path, path: '', message: `could not be fetched from ${address}: HTTP ${response.status} ${response.statusText}`.trim() };
      return await response.text();
    } catch (error) {
      return { file: path, path: '', message: `could not be fetched from ${address}: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  const packText = await get('pack.yaml');
  if (typeof packText !== 'string') return { texts, problems: [packText] };
  texts['pack.yaml'] = packText;
  await Promise.all(
    listedScenarios(packText).map(async (id) => {
      let found: string | FileProblem = { file: `${id}.yaml`, path: '', message: 'not found' };
      for (const extension of ['yaml', 'yml', 'json']) {
        const attempt = await get(`${id}.${extension}`);
        if (typeof attempt === 'string') {
          texts[`${id}.${extension}`] = attempt;
          found = attempt;
          break;
        }
        if (extension === 'yaml') found = attempt;
      }
      if (typeof found !== 'string') {
        problems.push({ ...found, message: `scenario "${id}" (listed in pack.yaml) ${found.message}` });
        return;
      }
      const { start, tests } = designPaths(found);
      await Promise.all(
        [...(start ? [start] : []), ...tests].map(async (path) => {
          const design = await get(path);
          if (typeof design === 'string') texts[path] = design;
          // A test design the game never runs may be left off the server; a missing start is a broken level.
          else if (path === start) problems.push(design);
        }),
      );
    }),
  );
  return { texts, problems };
}

/** Loads a pack from its address; fetch failures and the pack's own problems come back together, each with its file. */
export async function packFromUrl(url: string, page: string, fetcher: Fetcher): Promise<FileLoadResult<Pack>> {
  const fetched = await fetchPackTexts(url, page, fetcher);
  if (fetched.texts['pack.yaml'] === undefined) return { ok: false, problems: fetched.problems };
  const loaded = loadForPlay(fetched.texts);
  if (loaded.ok && fetched.problems.length === 0) return loaded;
  // A missing file explains the pack's own complaints about it: list it first.
  return { ok: false, problems: [...fetched.problems, ...(loaded.ok ? [] : loaded.problems)] };
}
