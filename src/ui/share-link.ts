import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { type Design, type LoadResult, loadDesignValue } from '../bridge.ts';

const KEY = 'design';

/** The URL fragment that carries a design: `#design=` and the design's JSON, compressed. */
export function shareFragment(design: Design): string {
  return `#${KEY}=${compressToEncodedURIComponent(JSON.stringify(design))}`;
}

/** A link that opens the design: in its level when one is given, otherwise in the sandbox. */
export function shareUrl(design: Design, page: { origin: string; pathname: string }, scenarioId?: string): string {
  const query = scenarioId ? `?scenario=${encodeURIComponent(scenarioId)}` : '?mode=sandbox';
  return `${page.origin}${page.pathname}${query}${shareFragment(design)}`;
}

/**
 * The design a fragment carries, checked like an imported file; undefined when the fragment
 * carries none. A fragment that was cut short or edited gives problems, never an exception.
 */
export function designFromFragment(hash: string): LoadResult<Design> | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const packed = params.get(KEY);
  if (packed === null) return undefined;
  const where = { path: 'link', message: '' };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(packed.replace(/ /g, '+'));
  } catch {
    text = null;
  }
  if (!text) return { ok: false, problems: [{ ...where, message: 'the design in this link is damaged (it may have been cut short when copied)' }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ ...where, message: 'the design in this link is damaged: it does not decode to JSON' }] };
  }
  const loaded = loadDesignValue(value);
  if (loaded.ok) return loaded;
  return { ok: false, problems: loaded.problems.map((problem) => ({ ...problem, path: problem.path ? `link: ${problem.path}` : 'link' })) };
}

/** The address without its design fragment, so a reload does not apply the shared design again. */
export function withoutDesignFragment(href: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.hash.replace(/^#/, ''));
  params.delete(KEY);
  const rest = params.toString();
  url.hash = rest ? `#${rest}` : '';
  return url.toString();
}
