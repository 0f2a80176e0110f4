import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const UNZIPPED_LIMIT_MB = 250;

export const deploymentPackageSize = defineRule({
  id: 'lambda/deployment-package-size',
  severity: 'error',
  title: 'A .zip package over 250 MB unzipped',
  source: {
    section: 'Lambda',
    quote: 'The maximum deployment package size is 50MB, and the max size of code/dependencies zipped into a deployment package is 250MB',
  },
  facts: ['lambda.package.size'],
  currentFact:
    '50 MB is the zipped limit for direct upload (larger .zip files go through S3); 250 MB is the UNZIPPED size of code, dependencies and layers; container images may be up to 10 GB.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      const config = design.config(node);
      const size = config.unzippedPackageSizeMB;
      if (config.PackageType !== 'Zip' || typeof size !== 'number' || size <= UNZIPPED_LIMIT_MB) continue;
      reports.push({
        message: `${node.id}: the code, dependencies and layers take ${size} MB unzipped; a .zip function allows ${UNZIPPED_LIMIT_MB} MB.`,
        why: 'Lambda unpacks a .zip package and its layers into the execution environment, and refuses content over 250 MB unzipped.',
        fix: 'Trim the dependencies, or package the function as a container image (PackageType Image, up to 10 GB).',
        nodes: [node.id],
        edges: [],
        property: 'unzippedPackageSizeMB',
      });
    }
    return reports;
  },
});
