import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** The environment's load balancer closes idle connections after 60 s by default. */
const IDLE_TIMEOUT_MS = 60_000;

export const longRequestsNeedWorker = defineRule({
  id: 'beanstalk/long-requests-need-worker',
  severity: 'warning',
  title: 'Long-running work in a web server environment',
  source: { section: 'Elastic beanstalk', quote: 'If Beanstalk performs tasks that take a long time: offload the tasks to a dedicated worker environment' },
  facts: ['eb.worker_cron'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::ElasticBeanstalk::Environment')) {
      const config = design.config(node);
      const tier = config.Tier as { Name?: string } | undefined;
      const duration = Number(config.requestDurationMs);
      if (tier?.Name !== 'WebServer' || !(duration > IDLE_TIMEOUT_MS)) continue;
      reports.push({
        message: `${node.id}: a request takes ${duration / 1000} s in a web server environment; the load balancer gives up on it after ${IDLE_TIMEOUT_MS / 1000} s and the client sees an error.`,
        why: 'Web server environments answer HTTP requests through a load balancer with a 60 s idle timeout. A worker environment takes jobs from an SQS queue through its daemon and may work on each for much longer (and runs cron.yaml tasks).',
        fix: 'Have the web tier put the job on an SQS queue and process it in a Worker-tier environment polling that queue.',
        nodes: [node.id],
        edges: [],
        property: 'requestDurationMs',
      });
    }
    return reports;
  },
});
