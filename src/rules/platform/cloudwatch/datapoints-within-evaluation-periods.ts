import { defineRule } from '../../define.ts';

export const datapointsWithinEvaluationPeriods = defineRule({
  id: 'cloudwatch/datapoints-within-evaluation-periods',
  severity: 'error',
  title: 'DatapointsToAlarm larger than EvaluationPeriods',
  source: {
    section: 'Cloudwatch',
    quote: 'For alarms that should be triggered only if it breaches 2 evaluation periods, set data points to alarm as 2 while creating the alarm',
  },
  facts: [],
  check(design) {
    return design
      .nodesOfKind('AWS::CloudWatch::Alarm')
      .filter((alarm) => {
        const config = design.config(alarm);
        return typeof config.DatapointsToAlarm === 'number' && config.DatapointsToAlarm > Number(config.EvaluationPeriods);
      })
      .map((alarm) => {
        const config = design.config(alarm);
        return {
          message: `${alarm.id}: DatapointsToAlarm is ${String(config.DatapointsToAlarm)} but only ${String(config.EvaluationPeriods)} periods are evaluated.`,
          why: 'An "M out of N" alarm goes to ALARM when M (DatapointsToAlarm) of the last N (EvaluationPeriods) data points breach; M can be at most N, or CloudWatch rejects the alarm.',
          fix: `Set DatapointsToAlarm to ${String(config.EvaluationPeriods)} or less, or raise EvaluationPeriods to at least ${String(config.DatapointsToAlarm)}.`,
          nodes: [alarm.id],
          edges: [],
          property: 'DatapointsToAlarm',
        };
      });
  },
});
