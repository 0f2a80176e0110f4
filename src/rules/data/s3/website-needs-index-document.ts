import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { record } from '../config-values.ts';

export const s3WebsiteNeedsIndexDocument = defineRule({
  id: 's3/website-needs-index-document',
  severity: 'error',
  title: 'A website configuration with neither an index document nor a redirect',
  source: {
    section: 'S3',
    quote: 'When creating a static website hosting, you can configure index document, error document and conditional redirection on object name.',
  },
  facts: ['s3.website.redirects'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      const site = design.config(bucket).WebsiteConfiguration;
      if (site === undefined) continue;
      const { IndexDocument, RedirectAllRequestsTo } = record(site);
      if (IndexDocument !== undefined || RedirectAllRequestsTo !== undefined) continue;
      reports.push({
        message: `${bucket.id}: WebsiteConfiguration has no IndexDocument and no RedirectAllRequestsTo.`,
        why: 'A website configuration must name an index document (served for the site root and every folder), unless it redirects every request to another host.',
        fix: 'Set WebsiteConfiguration.IndexDocument (e.g. index.html); add ErrorDocument and RoutingRules as needed.',
        nodes: [bucket.id],
        edges: [],
        property: 'WebsiteConfiguration',
      });
    }
    return reports;
  },
});
