import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** Custom platform ARNs carry the owning account: arn:aws:elasticbeanstalk:<region>:<account>:platform/... */
const CUSTOM_PLATFORM_ARN = /^arn:aws[a-z-]*:elasticbeanstalk:[a-z0-9-]+:\d{12}:platform\//;

export const customPlatformRetired = defineRule({
  id: 'beanstalk/custom-platform-retired',
  severity: 'error',
  title: 'A custom platform (Packer), retired since 2022',
  source: {
    section: 'Elastic beanstalk',
    quote: "If the on-premise application doesn't use Docker and can't seem to find a relevant environment in Beanstalk, use Packer to create a custom platform.",
  },
  facts: ['eb.custom_platform.packer', 'eb.custom_ami'],
  currentFact:
    'Custom platforms were retired on July 18 2022 with the Amazon Linux AMI (AL1) platform branches. Use a managed platform, the Docker platform, or a custom AMI on a supported platform.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::ElasticBeanstalk::Environment')) {
      const arn = design.config(node).PlatformArn;
      if (typeof arn !== 'string' || !CUSTOM_PLATFORM_ARN.test(arn)) continue;
      reports.push({
        message: `${node.id}: PlatformArn ${arn} is a custom platform built in your account; Elastic Beanstalk no longer runs custom platforms.`,
        why: 'Custom platforms, built with Packer, were retired on July 18 2022; environments cannot be created on them.',
        fix: 'Run the application on the Docker platform, or on a managed platform with a custom AMI that pre-installs what it needs.',
        nodes: [node.id],
        edges: [],
        property: 'PlatformArn',
      });
    }
    return reports;
  },
});
