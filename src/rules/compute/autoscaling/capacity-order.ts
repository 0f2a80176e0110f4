import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

export const capacityOrder = defineRule({
  id: 'autoscaling/capacity-order',
  severity: 'error',
  title: 'MinSize ≤ DesiredCapacity ≤ MaxSize',
  source: {
    section: 'EC2',
    quote: 'If one instance exceeds capacity, ASG creates a new one. If it\'s unhealthy, the AS group will terminate it first, and create a new one after',
  },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::AutoScaling::AutoScalingGroup')) {
      const config = design.config(node);
      const min = Number(config.MinSize);
      const max = Number(config.MaxSize);
      const desired = typeof config.DesiredCapacity === 'number' ? config.DesiredCapacity : undefined;
      const why = 'The group keeps its instance count between MinSize and MaxSize and aims for DesiredCapacity; CloudFormation rejects a group whose sizes are out of order.';
      if (min > max) {
        reports.push({
          message: `${node.id}: MinSize ${min} is larger than MaxSize ${max}.`,
          why,
          fix: 'Make MinSize at most MaxSize.',
          nodes: [node.id],
          edges: [],
          property: 'MinSize',
        });
      } else if (desired !== undefined && (desired < min || desired > max)) {
        reports.push({
          message: `${node.id}: DesiredCapacity ${desired} is outside MinSize ${min} – MaxSize ${max}.`,
          why,
          fix: `Set DesiredCapacity between ${min} and ${max}, or leave it out (AWS then starts at MinSize).`,
          nodes: [node.id],
          edges: [],
          property: 'DesiredCapacity',
        });
      }
    }
    return reports;
  },
});
