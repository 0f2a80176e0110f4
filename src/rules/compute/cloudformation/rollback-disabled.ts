import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { runPlannedOperation, STACK, templateResourcesOf } from './stack-run.ts';

export const rollbackDisabled = defineRule({
  id: 'cloudformation/rollback-disabled',
  severity: 'warning',
  title: 'A stack that keeps half-created resources when it fails',
  source: {
    section: 'CloudFormation',
    quote: 'If one of the resources in a stack can\'t be created, previously created resources get deleted and the stack creation terminates.',
  },
  facts: ['cfn.rollback'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind(STACK)) {
      const config = design.config(node);
      if (config.onFailure !== 'DO_NOTHING' || config.operation === 'delete') continue;
      const resources = templateResourcesOf(config.templateResources);
      const failing = typeof config.failingResource === 'string' ? config.failingResource : resources.at(-1)?.logicalId;
      const run = runPlannedOperation(design, node, failing);
      const left =
        run.kept.length === 0 ? 'nothing had been created yet' : `${run.kept.join(', ')} ${run.kept.length === 1 ? 'stays' : 'stay'} behind, still billed`;
      reports.push({
        message: `${node.id}: onFailure is DO_NOTHING: if ${failing ?? 'a resource'} fails, the stack ends ${run.status} and ${left}.`,
        why: 'By default a failed create rolls back: CloudFormation deletes what it created (ROLLBACK_COMPLETE) so nothing half-built is left running and billed. DO_NOTHING (--disable-rollback) keeps the resources for debugging; you must delete them yourself.',
        fix: 'Set onFailure to ROLLBACK (the default) once you no longer need to debug the failure.',
        nodes: [node.id],
        edges: [],
        property: 'onFailure',
      });
    }
    return reports;
  },
});
