import type { DesignNode } from '../bridge.ts';
import type { SandboxRunSummary } from '../game/model/sandbox-run.ts';
import { append, h } from './dom.ts';
import { problemsList } from './findings-list.ts';
import { shortNumber, sparkline } from './sparkline.ts';
import { DEFAULT_TRAFFIC, type TrafficForm } from './traffic-settings.ts';

export interface TrafficPanelDeps {
  /** The design's nodes now, for the faults that name one. */
  nodes: () => readonly DesignNode[];
  run: (form: TrafficForm) => Promise<SandboxRunSummary>;
}

function numberInput(name: string, value: number, limits: { min?: number; max?: number; step?: number } = {}): HTMLInputElement {
  const attrs: Record<string, string> = { type: 'number', name, value: String(value), step: String(limits.step ?? 'any') };
  if (limits.min !== undefined) attrs.min = String(limits.min);
  if (limits.max !== undefined) attrs.max = String(limits.max);
  return h('input', { attrs, dataset: { field: name } });
}

function row(label: string, control: HTMLElement, unit = ''): HTMLElement {
  return h('label', { className: 'traffic-row' }, h('span', { text: label }), control, unit ? h('span', { className: 'muted small', text: unit }) : null);
}

function select(name: string, options: Array<[string, string]>, value: string): HTMLSelectElement {
  const element = h('select', { attrs: { name }, dataset: { field: name } }, ...options.map(([key, text]) => h('option', { text, attrs: { value: key } })));
  element.value = value;
  return element;
}

/** A fault the player switches on with its checkbox; its fields only count when it is on. */
function faultBox(id: string, label: string, ...fields: HTMLElement[]): HTMLElement {
  const toggle = h('input', { attrs: { type: 'checkbox', name: `fault-${id}` }, dataset: { fault: id } });
  const body = h('div', { className: 'fault-fields' }, ...fields);
  const sync = () => body.classList.toggle('off', !toggle.checked);
  toggle.addEventListener('change', sync);
  sync();
  return h('fieldset', { className: 'fault' }, h('legend', {}, h('label', {}, toggle, h('span', { text: ` ${label}` }))), body);
}

/**
 * The sandbox's traffic panel: the traffic and faults to run the design under, and what the run
 * did, in numbers and small charts. Judging stays the engine's: this only chooses its inputs.
 */
export class TrafficPanel {
  readonly element: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly results = h('div', { className: 'sim-results', attrs: { 'aria-live': 'polite' }, dataset: { testid: 'sim-results' } });
  private readonly nodeChoice = select('failing-node', [], '');
  private readonly runButton: HTMLButtonElement;

  constructor(private readonly deps: TrafficPanelDeps) {
    const d = DEFAULT_TRAFFIC;
    this.runButton = h('button', { className: 'primary wide', text: 'Run traffic', dataset: { action: 'simulate' }, attrs: { type: 'submit' } });
    this.form = h(
      'form',
      { className: 'traffic-form', attrs: { 'aria-label': 'Traffic and faults', novalidate: '' } },
      h('h3', { className: 'section-title', text: 'Traffic' }),
      row('Operation', select('operation', [['send', 'send messages'], ['read', 'read items'], ['write', 'write items']], d.operation)),
      row('Rate', numberInput('ratePerSecond', d.ratePerSecond, { min: 0.1, max: 100_000 }), 'per second'),
      row('Duration', numberInput('durationSeconds', d.durationSeconds, { min: 1, max: 3600 }), 's'),
      row('Attribute', h('input', { attrs: { type: 'text', name: 'attribute', value: d.attribute }, dataset: { field: 'attribute' } })),
      row('Distinct keys', numberInput('keys', d.keys, { min: 1, max: 1_000_000, step: 1 })),
      row('Popularity', select('popularity', [['uniform', 'uniform: every key alike'], ['zipf', 'Zipf: a few hot keys']], d.popularity)),
      row('Zipf exponent', numberInput('zipfExponent', d.zipfExponent, { min: 0.1, max: 5 })),
      row('Payload', numberInput('payloadBytes', d.payloadBytes, { min: 0, max: 1_048_576, step: 1 }), 'bytes'),
      row('Processing', h('input', { attrs: { type: 'number', name: 'processingMs', min: '0', step: 'any', placeholder: 'each function’s own' }, dataset: { field: 'processingMs' } }), 'ms'),
      row('Seed', numberInput('seed', d.seed, { step: 1 })),
      h('h3', { className: 'section-title', text: 'Faults' }),
      faultBox('consumer-errors', 'Consumer errors', row('Share failing', numberInput('errorRate', 10, { min: 0, max: 100 }), '%')),
      faultBox('poison', 'A poison message', row('Message number', numberInput('poisonNumber', 137, { min: 1, step: 1 }))),
      faultBox('node-failure', 'A node fails', row('Node', this.nodeChoice), row('At', numberInput('nodeAt', 20, { min: 0 }), 's'), row('Recovers at', numberInput('nodeRecover', 40, { min: 0 }), 's')),
      faultBox('az-failure', 'An Availability Zone fails', row('Zone', select('az', [['a', 'a'], ['b', 'b'], ['c', 'c']], 'a')), row('At', numberInput('azAt', 20, { min: 0 }), 's'), row('Recovers at', numberInput('azRecover', 40, { min: 0 }), 's')),
      faultBox('burst', 'A burst', row('Rate ×', numberInput('burstMultiplier', 5, { min: 1, max: 1000 })), row('At', numberInput('burstAt', 20, { min: 0 }), 's'), row('For', numberInput('burstFor', 10, { min: 1 }), 's')),
      this.runButton,
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.runTraffic();
    });
    this.element = h(
      'div',
      { className: 'traffic-panel', dataset: { testid: 'traffic-panel' } },
      h('p', { className: 'muted small', text: 'Run this design under traffic and faults you choose: clients (Actor::Client) send it, the engine simulates every component, and the charts show what happened.' }),
      this.form,
      this.results,
    );
  }

  /** Refreshes the node list of the node-failure fault (the design changes as the player builds). */
  refresh(): void {
    const current = this.nodeChoice.value;
    const ids = this.deps.nodes().filter((node) => !node.kind.startsWith('Actor::')).map((node) => node.id);
    this.nodeChoice.replaceChildren(...ids.map((id) => h('option', { text: id, attrs: { value: id } })));
    if (ids.includes(current)) this.nodeChoice.value = current;
  }

  /** The form's values; a field left empty or out of range is caught by the engine's settings check. */
  read(): TrafficForm {
    const value = (name: string) => (this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const num = (name: string) => Number(value(name));
    const on = (fault: string) => (this.form.querySelector(`[data-fault="${fault}"]`) as HTMLInputElement).checked;
    const processing = value('processingMs');
    const recover = (name: string) => (value(name) === '' ? {} : { recoverSeconds: num(name) });
    return {
      operation: value('operation') as TrafficForm['operation'],
      ratePerSecond: num('ratePerSecond'),
      durationSeconds: num('durationSeconds'),
      attribute: value('attribute'),
      keys: num('keys'),
      popularity: value('popularity') === 'zipf' ? 'zipf' : 'uniform',
      zipfExponent: num('zipfExponent'),
      payloadBytes: num('payloadBytes'),
      ...(processing === '' ? {} : { processingMs: Number(processing) }),
      seed: num('seed'),
      faults: {
        ...(on('consumer-errors') ? { consumerErrors: { rate: num('errorRate') / 100 } } : {}),
        ...(on('poison') ? { poison: { messageNumber: num('poisonNumber') } } : {}),
        ...(on('node-failure') && value('failing-node') ? { nodeFailure: { node: value('failing-node'), atSeconds: num('nodeAt'), ...recover('nodeRecover') } } : {}),
        ...(on('az-failure') ? { azFailure: { az: value('az'), atSeconds: num('azAt'), ...recover('azRecover') } } : {}),
        ...(on('burst') ? { burst: { multiplier: num('burstMultiplier'), atSeconds: num('burstAt'), durationSeconds: num('burstFor') } } : {}),
      },
    };
  }

  async runTraffic(): Promise<void> {
    this.runButton.disabled = true;
    this.runButton.textContent = 'Running…';
    this.results.replaceChildren(h('p', { className: 'muted', text: 'Simulating…' }));
    try {
      this.show(await this.deps.run(this.read()));
    } catch (error) {
      this.results.replaceChildren(h('p', { className: 'field-error', text: `The run stopped: ${error instanceof Error ? error.message : String(error)}` }));
    } finally {
      this.runButton.disabled = false;
      this.runButton.textContent = 'Run traffic';
    }
  }

  private show(run: SandboxRunSummary): void {
    if (!run.ok) {
      this.results.replaceChildren(h('div', { dataset: { testid: 'sim-problems' } }, h('p', { className: 'field-error', text: 'These settings cannot run:' }), problemsList(run.problems)));
      return;
    }
    const { metrics, series } = run;
    const seconds = run.durationMs / 1000;
    const stat = (id: string, label: string, value: string) => h('div', { className: 'stat', dataset: { metric: id } }, h('dt', { text: label }), h('dd', { text: value }));
    const ms = (value: number) => `${shortNumber(value)} ms`;
    this.results.replaceChildren();
    append(
      this.results,
      h('h3', { className: 'section-title', text: `What the run did (${shortNumber(seconds)} s simulated)` }),
      run.errorFindings > 0 ? h('p', { className: 'warning-text', text: `This design has ${run.errorFindings} error finding${run.errorFindings === 1 ? '' : 's'}: AWS would refuse it as it is. The run shows what it would do anyway.` }) : null,
      metrics.sent === 0 ? h('p', { className: 'warning-text', text: 'Nothing was sent: traffic enters at Client nodes (Actor::Client). Add one and connect it to the design.' }) : null,
      h(
        'dl',
        { className: 'stats' },
        stat('sent', 'Sent', shortNumber(metrics.sent)),
        stat('processed', 'Processed', shortNumber(metrics.processed)),
        stat('lost', 'Lost', shortNumber(metrics.lost)),
        stat('dead-lettered', 'Dead-lettered', shortNumber(metrics.deadLettered)),
        stat('duplicates', 'Duplicates', shortNumber(metrics.duplicates)),
        stat('out-of-order', 'Out of order', shortNumber(metrics.outOfOrder)),
        stat('throttles', 'Throttles', shortNumber(metrics.throttles)),
        stat('availability', 'Availability', `${(metrics.availability * 100).toFixed(2)} %`),
        stat('latency', 'Client latency p50 / p95 / p99', `${ms(metrics.latencyMs.p50)} / ${ms(metrics.latencyMs.p95)} / ${ms(metrics.latencyMs.p99)}`),
        stat('throughput', 'Throughput', `${shortNumber(metrics.throughputPerSecond)} /s`),
        stat('cost', 'Monthly cost at this rate', `$${metrics.monthlyCostUsd.toFixed(2)}`),
      ),
      h(
        'div',
        { className: 'charts' },
        sparkline('latency', 'Sent → processed', ' ms', [
          { label: 'p50', values: series.p50, tone: 'tone-a' },
          { label: 'p95', values: series.p95, tone: 'tone-b' },
          { label: 'p99', values: series.p99, tone: 'tone-c' },
        ], seconds),
        sparkline('throughput', 'Processed', '/s', [{ label: 'per second', values: series.throughput, tone: 'tone-a' }], seconds),
        sparkline('throttles', 'Throttles', '', [{ label: 'per slice', values: series.throttles, tone: 'tone-c' }], seconds),
        sparkline('backlog', 'Waiting (queue depth)', '', [{ label: 'messages', values: series.backlog, tone: 'tone-b' }], seconds),
      ),
      run.aggregatedStreams.length > 0 ? h('p', { className: 'muted small', text: 'Reads and writes straight to data stores are simulated in aggregate: they count in the totals above, not in the charts.' }) : null,
    );
  }
}
