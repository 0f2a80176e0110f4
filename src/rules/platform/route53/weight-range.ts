import { rangeRule } from '../../define.ts';

export const weightRange = rangeRule({
  id: 'route53/weight-range',
  severity: 'error',
  title: 'A weighted record weight is 0 to 255',
  source: {
    section: 'Networking',
    quote: 'Weighted routing can associate multiple resources with a single (sub)domain name and choose *how much traffic* is routed to each resource.',
  },
  facts: ['route53.weighted'],
  kind: 'AWS::Route53::RecordSet',
  property: 'Weight',
  min: 0,
  max: 255,
  why: "Route 53 sends each record weight ÷ (sum of the weights of the same name and type) of the traffic; a weight must be an integer from 0 to 255, and 0 stops traffic to the record unless all weights are 0.",
  fix: 'Use weights from 0 to 255 in proportion, e.g. 90 and 10 for a 10% canary.',
});
