import { defineRule } from '../../define.ts';

export const cloudfrontCertificateInUsEast1 = defineRule({
  id: 'acm/cloudfront-certificate-in-us-east-1',
  severity: 'error',
  title: 'A CloudFront certificate outside us-east-1',
  source: { section: 'Networking', quote: 'Used to configure SSL/TLS certificates on an ALB; use IAM when the region is not supported by ACM.' },
  facts: ['acm.iam_certs'],
  check(design) {
    return design
      .nodesOfKind('AWS::CertificateManager::Certificate')
      .filter((certificate) => {
        const region = design.config(certificate).region;
        return typeof region === 'string' && region !== 'us-east-1';
      })
      .flatMap((certificate) =>
        design.edgesTo(certificate.id, { kind: 'AWS::CloudFront::Distribution' }).map((edge) => ({
          message: `${edge.from} uses ${certificate.id}, an ACM certificate in ${String(design.config(certificate).region)}; CloudFront only uses certificates from us-east-1.`,
          why: 'ACM certificates are Regional resources. CloudFront is global and reads its viewer certificates from US East (N. Virginia) only; load balancers and Regional APIs use a certificate in their own Region.',
          fix: `Request (or import) the certificate in us-east-1 for ${edge.from}.`,
          nodes: [edge.from, certificate.id],
          edges: [design.edgeKey(edge)],
          property: 'region',
        })),
      );
  },
});
