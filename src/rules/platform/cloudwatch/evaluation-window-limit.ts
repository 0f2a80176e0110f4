import { defineRule } from '../../define.ts';

const ONE_DAY = 86_400;
const SEVEN_DAYS = 604_800;

export const evaluationWindowLimit = defineRule({
  id: 'cloudwatch/evaluation-window-limit',
  severity: 'error',
  title: 'An alarm that looks back further than CloudWatch allows',
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
        const period = Number(config.Period);
        const window = period * Number(config.EvaluationPeriods);
        return window > (period < 3_600 ? ONE_DAY : SEVEN_DAYS);
      })
      .map((alarm) => {
        const config = design.config(alarm);
        const period = Number(config.Period);
        const window = period * Number(config.EvaluationPeriods);
        return {
          message: `${alarm.id}: ${String(config.EvaluationPeriods)} periods of ${period} s look back ${window} s, more than the ${period < 3_600 ? 'one day' : 'seven days'} allowed.`,
          why: 'Period × EvaluationPeriods may be at most 7 days (604,800 s), and at most one day (86,400 s) when the period is shorter than an hour; CloudWatch rejects a longer evaluation span.',
          fix: 'Lower EvaluationPeriods, or use a longer Period with fewer periods.',
          nodes: [alarm.id],
          edges: [],
          property: 'EvaluationPeriods',
        };
      });
  },
});
