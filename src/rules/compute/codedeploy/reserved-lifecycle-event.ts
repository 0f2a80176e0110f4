import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { hooksOf, RESERVED_LIFECYCLE_EVENTS } from './lifecycle-hooks.ts';

export const reservedLifecycleEvent = defineRule({
  id: 'codedeploy/reserved-lifecycle-event',
  severity: 'error',
  title: 'A script on a lifecycle event only the agent runs',
  source: { section: 'CodeDeploy', quote: 'the hooks section determines the scripts that are run in the lifecycle event hooks' },
  facts: ['codedeploy.hooks.order', 'codedeploy.appspec.root'],
  currentFact:
    'The in-place order is ApplicationStop → DownloadBundle → BeforeInstall → Install → AfterInstall → ApplicationStart → ValidateService; DownloadBundle and Install (and BlockTraffic, AllowTraffic) are run by the agent and cannot run scripts.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodeDeploy::DeploymentGroup')) {
      const reserved = hooksOf(design.config(node).hooks).filter((hook) => RESERVED_LIFECYCLE_EVENTS.includes(hook));
      if (reserved.length === 0) continue;
      reports.push({
        message: `${node.id}: the appspec hooks ${reserved.join(', ')}, which CodeDeploy reserves for its agent; no script can run there.`,
        why: `${RESERVED_LIFECYCLE_EVENTS.join(', ')} are performed by CodeDeploy itself (downloading the revision, copying files, moving traffic); an appspec that maps scripts to them fails validation.`,
        fix: 'Move the script to the hook around it: BeforeInstall or AfterInstall instead of DownloadBundle or Install; BeforeAllowTraffic or AfterAllowTraffic instead of AllowTraffic.',
        nodes: [node.id],
        edges: [],
        property: 'hooks',
      });
    }
    return reports;
  },
});
