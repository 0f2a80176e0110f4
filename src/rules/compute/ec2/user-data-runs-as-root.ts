import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const SUDO = /(^|[\s;&|(])sudo\s/m;

export const userDataRunsAsRoot = defineRule({
  id: 'ec2/user-data-runs-as-root',
  severity: 'info',
  title: 'sudo in user data, which already runs as root',
  source: {
    section: 'EC2',
    quote: "by default, scripts entered as user data have root user privileges for executing, so they don't need sudo command",
  },
  facts: ['ec2.userdata'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::EC2::Instance')) {
      const userData = design.config(node).UserData;
      if (typeof userData !== 'string' || !SUDO.test(userData)) continue;
      reports.push({
        message: `${node.id}: the user data script calls sudo, but user data already runs as root.`,
        why: 'cloud-init runs user data scripts as root, once, during the first boot (unless configured to run on every boot); sudo adds nothing and can fail where no terminal is attached.',
        fix: 'Remove sudo from the user data script.',
        nodes: [node.id],
        edges: [],
        property: 'UserData',
      });
    }
    return reports;
  },
});
