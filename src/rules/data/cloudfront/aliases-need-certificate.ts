import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { record, text } from '../config-values.ts';

export const cloudfrontAliasesNeedCertificate = defineRule({
  id: 'cloudfront/aliases-need-certificate',
  severity: 'error',
  title: 'Alternate domain names without a certificate that covers them',
  source: { section: 'S3', quote: 'CloudFront can use HTTPS between clients and CF, and between CF and backend.' },
  facts: ['s3.website.https'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const distribution of design.nodesOfKind('AWS::CloudFront::Distribution')) {
      const config = record(design.config(distribution).DistributionConfig);
      const aliases = Array.isArray(config.Aliases) ? config.Aliases.filter((alias) => typeof alias === 'string') : [];
      if (aliases.length === 0) continue;
      const certificate = record(config.ViewerCertificate);
      const certificateEdge = design.edgesFrom(distribution.id, { kind: 'AWS::CertificateManager::Certificate' }).length > 0;
      if (certificateEdge || text(certificate.AcmCertificateArn) !== undefined || text(certificate.IamCertificateId) !== undefined) continue;
      reports.push({
        message: `${distribution.id}: Aliases ${aliases.join(', ')} are set, but the viewer certificate is CloudFront's default *.cloudfront.net certificate.`,
        why: 'To add an alternate domain name CloudFront requires a trusted certificate that covers it; the default certificate only covers *.cloudfront.net, so the distribution is rejected.',
        fix: 'Request an ACM certificate for the domain in us-east-1 and connect the distribution to it (or set ViewerCertificate.AcmCertificateArn, with SslSupportMethod sni-only), or remove the Aliases.',
        nodes: [distribution.id],
        edges: [],
        property: 'DistributionConfig',
      });
    }
    return reports;
  },
});
