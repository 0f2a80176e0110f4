import { setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';

/** A CloudWatch alarm's states; evaluation.ts decides each period's state (the hot path). */
export const alarmMachine = setup({
  types: {
    events: {} as { type: 'enoughBreaching' } | { type: 'tooFewBreaching' },
  },
}).createMachine({
  id: 'cloudWatchAlarm',
  initial: 'INSUFFICIENT_DATA',
  states: {
    INSUFFICIENT_DATA: { on: { enoughBreaching: 'ALARM', tooFewBreaching: 'OK' } },
    OK: { on: { enoughBreaching: 'ALARM' } },
    /** DatapointsToAlarm of the last EvaluationPeriods datapoints breach: the actions run. */
    ALARM: { on: { tooFewBreaching: 'OK' } },
  },
});

export const citations: Citation[] = [
  {
    section: 'Cloudwatch',
    quote: 'For alarms that should be triggered only if it breaches 2 evaluation periods, set data points to alarm as 2 while creating the alarm',
    facts: [],
  },
  {
    section: 'Cloudwatch',
    quote: 'Custom metrics: can be used for RAM, # logged-in users. Min 1min granularity',
    facts: ['cw.custom.resolution'],
    currentFact: 'Custom metrics can be high-resolution (StorageResolution 1: one point a second; alarm periods of 10, 20 or 30 s); standard resolution is one minute.',
  },
  {
    section: 'Cloudwatch',
    quote: 'host level metrics: CPU, network, disk and status check',
    facts: ['cw.host_metrics'],
    currentFact: 'EC2 basic monitoring publishes every 5 minutes; detailed monitoring every minute.',
  },
];
