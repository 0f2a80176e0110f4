import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** Policies that need several instances behind a load balancer. */
const LOAD_BALANCED_ONLY = ['Rolling', 'RollingWithAdditionalBatch', 'TrafficSplitting'];

export const policyNeedsLoadBalancer = defineRule({
  id: 'beanstalk/policy-needs-load-balancer',
  severity: 'error',
  title: 'A deployment policy a single-instance environment does not offer',
  source: {
    section: 'Elastic beanstalk',
    quote: 'Traffic splitting / canary testing: useful if you want to test the health of your new application version using a portion of incoming traffic',
  },
  facts: ['eb.deploy.rolling', 'eb.deploy.rolling_batch', 'eb.traffic_splitting'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::ElasticBeanstalk::Environment')) {
      const config = design.config(node);
      const policy = String(config.deploymentPolicy);
      if (config.environmentType !== 'SingleInstance' || !LOAD_BALANCED_ONLY.includes(policy)) continue;
      reports.push({
        message: `${node.id}: deploymentPolicy ${policy} needs a load-balanced environment, but environmentType is SingleInstance.`,
        why: 'Rolling policies move batches of instances in and out of a load balancer, and traffic splitting divides a load balancer’s traffic between two fleets; a single-instance environment has one instance and no load balancer, so it supports only AllAtOnce and Immutable.',
        fix: 'Use Immutable (a new instance replaces the old one once healthy) or make the environment LoadBalanced.',
        nodes: [node.id],
        edges: [],
        property: 'deploymentPolicy',
      });
    }
    return reports;
  },
});
