import { defineRule } from '../../define.ts';

/** Sub-minute periods CloudWatch alarms accept (for high-resolution metrics). */
export const SUB_MINUTE_PERIODS = [10, 20, 30];

export const periodValid = defineRule({
  id: 'cloudwatch/period-valid',
  severity: 'error',
  title: 'An alarm period CloudWatch does not accept',
  source: { section: 'Cloudwatch', quote: 'Custom metrics: can be used for RAM, # logged-in users. Min 1min granularity' },
  facts: ['cw.custom.resolution'],
  currentFact:
    'The notes say custom metrics have a 1-minute minimum; today custom metrics can be high resolution (StorageResolution 1) with 1-second granularity, and alarms on them may use 10-, 20- or 30-second periods.',
  check(design) {
    return design
      .nodesOfKind('AWS::CloudWatch::Alarm')
      .filter((alarm) => {
        const period = Number(design.config(alarm).Period);
        return !SUB_MINUTE_PERIODS.includes(period) && !(period >= 60 && period % 60 === 0);
      })
      .map((alarm) => ({
        message: `${alarm.id}: Period ${String(design.config(alarm).Period)} s; an alarm period is 10, 20, 30 or a multiple of 60 seconds.`,
        why: 'CloudWatch evaluates alarms over whole periods: 10, 20 or 30 s for high-resolution metrics, otherwise any multiple of 60 s. Other values are rejected.',
        fix: 'Use 60, 300 or another multiple of 60 (or 10, 20, 30 for a high-resolution custom metric).',
        nodes: [alarm.id],
        edges: [],
        property: 'Period',
      }));
  },
});
