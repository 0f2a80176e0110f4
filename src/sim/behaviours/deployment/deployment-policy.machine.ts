import type { Citation } from '../../core/citation.ts';

/**
 * Beanstalk deployments run the compute team's statechart (src/rules/compute/processes/
 * beanstalk-deployment.ts), reused rather than restated; these are the notes it encodes in the run.
 */
export { beanstalkDeploymentMachine } from '../../../rules/compute/processes/beanstalk-deployment.ts';
export { codeDeployInPlaceMachine } from '../../../rules/compute/processes/codedeploy-in-place.ts';

export const citations: Citation[] = [
  { section: 'Elastic beanstalk', quote: 'All at once	Fastest	Yes	Yes	Existing instances	Manual	Low', facts: ['eb.deploy.all_at_once'] },
  { section: 'Elastic beanstalk', quote: 'Rolling	Fast	No	Yes	Existing instances	Manual	Low', facts: ['eb.deploy.rolling'] },
  {
    section: 'Elastic beanstalk',
    quote: 'Rolling with additional batch	Slow	No	No	Existing instances	Manual	Higher',
    facts: ['eb.deploy.rolling_batch'],
    currentFact: 'An extra batch is launched first so capacity never drops; the new version goes to the new and the existing instances; the extra batch is terminated at the end.',
  },
  {
    section: 'Elastic beanstalk',
    quote: 'Immutable: same environment, same LB but new autoscaling group. From the moment a new instance is created, it serves traffic. When the new instances are all healthy, switch off the old ones.',
    facts: ['eb.deploy.immutable'],
  },
  {
    section: 'Elastic beanstalk',
    quote: 'Traffic splitting / canary testing: useful if you want to test the health of your new application version using a portion of incoming traffic, while keeping the rest of the traffic served by the old application version',
    facts: ['eb.traffic_splitting'],
  },
  {
    section: 'Elastic beanstalk',
    quote: 'Blue/green: new environment, new LB but using the same autoscaling group (or weighted routing policy in Route 53).',
    facts: ['eb.deploy.bluegreen'],
    currentFact: 'Blue/green is not a deployment policy: clone a separate environment (its own load balancer and Auto Scaling group), deploy there, then swap the environments’ CNAMEs; swapping back is the rollback.',
  },
];
