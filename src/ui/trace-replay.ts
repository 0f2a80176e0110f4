import type { TraceEntry } from '../bridge.ts';
import type { Parts } from '../game/model/editor-model.ts';
import { h } from './dom.ts';

const STEP_MS = 700;
const SHOWN = 12;

/**
 * What the simulation saw, event by event, for a failed requirement: a list to read, and a replay
 * that lights up each node on the canvas in turn.
 */
export function traceReplay(trace: readonly TraceEntry[], highlight: (parts: Parts) => void): HTMLElement {
  const entries = trace.slice(0, SHOWN);
  const items = entries.map((entry) =>
    h(
      'li',
      { className: 'trace-entry', dataset: { node: entry.node } },
      h('span', { className: 'trace-time', text: `${(entry.t / 1000).toFixed(2)} s` }),
      h('span', { className: 'trace-node', text: entry.node }),
      `${entry.event}${entry.detail ? ` — ${entry.detail}` : ''}`,
    ),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (index: number) => {
    items.forEach((item, i) => {
      item.classList.toggle('current', i === index);
    });
    const entry = entries[index];
    if (entry) highlight({ nodes: [entry.node], edges: entry.edge ? [entry.edge] : [] });
  };
  const play = (event: Event) => {
    event.stopPropagation();
    clearTimeout(timer);
    const step = (index: number) => {
      // Stop once the panel was re-rendered and this list left the page.
      if (index >= entries.length || !list.isConnected) {
        for (const item of items) item.classList.remove('current');
        return;
      }
      show(index);
      timer = setTimeout(() => step(index + 1), STEP_MS);
    };
    step(0);
  };
  items.forEach((item, index) => {
    item.addEventListener('click', (event) => {
      event.stopPropagation();
      clearTimeout(timer);
      show(index);
    });
  });
  const list = h('ol', { className: 'trace' }, ...items);
  return h(
    'details',
    { className: 'trace-details', on: { click: (event) => event.stopPropagation() } },
    h('summary', { text: `What happened (${trace.length > SHOWN ? `first ${SHOWN} of ${trace.length}` : trace.length} events)` }),
    h('button', { className: 'replay', text: '▶ Replay on the canvas', dataset: { action: 'replay' }, on: { click: play } }),
    list,
  );
}
