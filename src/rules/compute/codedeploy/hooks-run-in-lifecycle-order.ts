import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { runInPlaceDeployment } from '../processes/codedeploy-in-place.ts';
import { computePlatformOf, hooksOf } from './lifecycle-hooks.ts';

export const hooksRunInLifecycleOrder = defineRule({
  id: 'codedeploy/hooks-run-in-lifecycle-order',
  severity: 'warning',
  title: 'Appspec hooks expected in an order CodeDeploy does not run them',
  source: {
    section: 'CodeDeploy',
    quote: 'Steps: ApplicationStop --> BeforeInstall --> DownloadBundle --> AfterInstall -> ApplicationStart --> ValidateService (to verify success)',
  },
  facts: ['codedeploy.hooks.order'],
  currentFact:
    'The notes’ order is wrong. An in-place deployment runs ApplicationStop → DownloadBundle → BeforeInstall → Install → AfterInstall → ApplicationStart → ValidateService: the bundle is downloaded BEFORE BeforeInstall, and Install (agent-only) copies the files.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodeDeploy::DeploymentGroup')) {
      const config = design.config(node);
      if (computePlatformOf(config.computePlatform) !== 'Server') continue;
      const expected = [...new Set(hooksOf(config.hooks))];
      const run = runInPlaceDeployment({ automaticRollback: false });
      const actual = run.firstDeploymentEvents.filter((event) => expected.includes(event));
      const expectedInPlace = expected.filter((hook) => (run.firstDeploymentEvents as string[]).includes(hook));
      const firstDifference = expectedInPlace.findIndex((hook, index) => hook !== actual[index]);
      if (firstDifference < 0) continue;
      reports.push({
        message: `${node.id}: the appspec expects ${expectedInPlace.join(' → ')}, but CodeDeploy runs them as ${actual.join(' → ')}; ${actual[firstDifference]} runs before ${expectedInPlace[firstDifference]}.`,
        why: `CodeDeploy runs lifecycle events in a fixed order, whatever the order of the hooks section: ${run.firstDeploymentEvents.join(' → ')}. A script that counts on another order (e.g. a BeforeInstall script expecting the bundle not yet downloaded) misbehaves.`,
        fix: `List the hooks in the order they run (${actual.join(', ')}) and write each script for that moment.`,
        nodes: [node.id],
        edges: [],
        property: 'hooks',
      });
    }
    return reports;
  },
});
