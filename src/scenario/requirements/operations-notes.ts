import type { NotesSource } from '../../catalog/types.ts';

/** Notes sentences the operations requirements quote by default (verbatim, typos included). */
export const OPERATIONS_NOTES = {
  allAtOnce: { section: 'Elastic beanstalk', quote: 'All at once	Fastest	Yes	Yes	Existing instances	Manual	Low' },
  rolling: { section: 'Elastic beanstalk', quote: 'Rolling	Fast	No	Yes	Existing instances	Manual	Low' },
  immutable: {
    section: 'Elastic beanstalk',
    quote: 'Immutable: same environment, same LB but new autoscaling group. From the moment a new instance is created, it serves traffic. When the new instances are all healthy, switch off the old ones.',
  },
  replaceUnhealthy: { section: 'EC2', quote: "If it's unhealthy, the AS group will terminate it first, and create a new one after" },
  spreadZones: { section: 'EC2', quote: 'ASGs attempt to distribute instances evenly between the AZs that are enabled for the ASG' },
  multiAz: { section: 'RDS', quote: 'Multi-AZ provides a high availability, fault tolereant solution and the backup AZ provides the secondary host.' },
  readReplica: { section: 'RDS', quote: 'Querying a read replica might mean you receive stale or old data.' },
  noTargets: { section: 'Networking', quote: 'If the target groups have no registered targets, the error shown is HTTP 503.' },
  gatewayTimeout: { section: 'Networking', quote: 'If it returns 504, it means the gateway has' },
  stickiness: { section: 'Networking', quote: "Stickiness restricts app elasticity, it's not so scalable." },
  sharedSessions: {
    section: 'Networking',
    quote: 'If users lose session or need to re-authenticate often, use ElastiCache Cluster, which provides a shared data storage for sessions that can be accessed from any individual web server.',
  },
  codeDeployRollback: { section: 'CodeDeploy', quote: 'A new deployment of the last known working version is deployed with a new deployment ID.' },
  stackRollback: {
    section: 'CloudFormation',
    quote: "If one of the resources in a stack can't be created, previously created resources get deleted and the stack creation terminates.",
  },
  alarms: { section: 'Cloudwatch', quote: 'For alarms that should be triggered only if it breaches 2 evaluation periods, set data points to alarm as 2 while creating the alarm' },
  reportedValues: {
    section: 'Lambda',
    quote: 'With **step functions** you can visualize serverless applications, they automatically trigger and track each step so if something goes wrong you can track what went wrong where.',
  },
} as const satisfies Record<string, NotesSource>;
