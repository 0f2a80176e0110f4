import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** Default quota of application versions per account and Region. */
const VERSION_QUOTA = 1000;

interface LifecycleRules {
  VersionLifecycleConfig?: {
    MaxCountRule?: { Enabled?: boolean; MaxCount?: number };
    MaxAgeRule?: { Enabled?: boolean; MaxAgeInDays?: number };
  };
}

export const applicationVersionLifecycle = defineRule({
  id: 'beanstalk/application-version-lifecycle',
  severity: 'info',
  title: 'Application versions that pile up to the quota',
  source: {
    section: 'Elastic beanstalk',
    quote: 'This can be avoided by applying an application version lifecycle to the apps.',
  },
  facts: ['eb.app_version_lifecycle'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::ElasticBeanstalk::Application')) {
      const config = design.config(node);
      const rules = (config.ResourceLifecycleConfig as LifecycleRules | undefined)?.VersionLifecycleConfig;
      const byCount = rules?.MaxCountRule?.Enabled && (rules.MaxCountRule.MaxCount ?? VERSION_QUOTA + 1) <= VERSION_QUOTA;
      const byAge = rules?.MaxAgeRule?.Enabled && typeof rules.MaxAgeRule.MaxAgeInDays === 'number';
      if (byCount || byAge) continue;
      const perDay = Number(config.deploymentsPerDay);
      const days = perDay > 0 ? Math.ceil(VERSION_QUOTA / perDay) : undefined;
      reports.push({
        message: `${node.id}: no version lifecycle deletes old application versions${days ? `; at ${perDay} new version(s) a day the ${VERSION_QUOTA}-version quota is reached in about ${days} days` : ''}.`,
        why: `Every upload creates an application version and Elastic Beanstalk keeps them all; at the quota (${VERSION_QUOTA} per Region by default) new versions, and so deployments, are refused.`,
        fix: 'Set ResourceLifecycleConfig.VersionLifecycleConfig with an enabled MaxCountRule (e.g. MaxCount 200) or MaxAgeRule (e.g. 180 days), optionally deleting the source bundles from S3.',
        nodes: [node.id],
        edges: [],
        property: 'ResourceLifecycleConfig',
      });
    }
    return reports;
  },
});
