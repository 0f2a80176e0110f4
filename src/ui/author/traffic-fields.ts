import type { TrafficForm } from '../traffic-settings.ts';

/**
 * Puts saved traffic and faults back into the traffic panel's inputs (the panel reads them with
 * read()), so the author screen reuses the sandbox's form and a reload shows what was chosen.
 */
export function fillTrafficForm(panel: HTMLElement, form: TrafficForm): void {
  const set = (name: string, value: string | number | undefined) => {
    const input = panel.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    if (input && value !== undefined) input.value = String(value);
  };
  const toggle = (fault: string, on: boolean) => {
    const box = panel.querySelector<HTMLInputElement>(`[data-fault="${fault}"]`);
    if (box && box.checked !== on) {
      box.checked = on;
      box.dispatchEvent(new Event('change'));
    }
  };
  set('operation', form.operation);
  set('ratePerSecond', form.ratePerSecond);
  set('durationSeconds', form.durationSeconds);
  set('attribute', form.attribute);
  set('keys', form.keys);
  set('popularity', form.popularity);
  set('zipfExponent', form.zipfExponent);
  set('payloadBytes', form.payloadBytes);
  set('processingMs', form.processingMs ?? '');
  set('seed', form.seed);
  const { consumerErrors, poison, nodeFailure, azFailure, burst } = form.faults;
  toggle('consumer-errors', consumerErrors !== undefined);
  set('errorRate', consumerErrors ? consumerErrors.rate * 100 : undefined);
  toggle('poison', poison !== undefined);
  set('poisonNumber', poison?.messageNumber);
  toggle('node-failure', nodeFailure !== undefined);
  set('failing-node', nodeFailure?.node);
  set('nodeAt', nodeFailure?.atSeconds);
  set('nodeRecover', nodeFailure?.recoverSeconds);
  toggle('az-failure', azFailure !== undefined);
  set('az', azFailure?.az);
  set('azAt', azFailure?.atSeconds);
  set('azRecover', azFailure?.recoverSeconds);
  toggle('burst', burst !== undefined);
  set('burstMultiplier', burst?.multiplier);
  set('burstAt', burst?.atSeconds);
  set('burstFor', burst?.durationSeconds);
}
