import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

export const noSourceNeedsBuildspec = defineRule({
  id: 'codebuild/no-source-needs-buildspec',
  severity: 'error',
  title: 'A project without source and without an inline buildspec',
  source: { section: 'CodeBuild', quote: 'The buildspec.yml file specifies the build configurations, should be in the root folder.' },
  facts: ['codebuild.buildspec_root'],
  currentFact:
    'buildspec.yml at the source root is only the default: the project (or a single build, with buildspecOverride) can name another file, a subfolder path, an S3 object, or an inline buildspec.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodeBuild::Project')) {
      const source = design.config(node).Source as { Type?: string; BuildSpec?: string } | undefined;
      if (source?.Type !== 'NO_SOURCE' || (source.BuildSpec ?? '').trim() !== '') continue;
      reports.push({
        message: `${node.id}: Source.Type is NO_SOURCE and no BuildSpec is given, so there is no buildspec.yml to read.`,
        why: 'By default CodeBuild reads buildspec.yml from the root of the source. A project without source has no root folder, so its buildspec must be given inline in Source.BuildSpec.',
        fix: 'Put the buildspec YAML in Source.BuildSpec, or give the project a source whose root holds buildspec.yml.',
        nodes: [node.id],
        edges: [],
        property: 'Source',
      });
    }
    return reports;
  },
});
