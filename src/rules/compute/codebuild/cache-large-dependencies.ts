import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** Above this, downloading dependencies on every build costs noticeable minutes. */
const LARGE_DEPENDENCIES_MB = 100;

export const cacheLargeDependencies = defineRule({
  id: 'codebuild/cache-large-dependencies',
  severity: 'info',
  title: 'Large dependencies downloaded on every build',
  source: {
    section: 'CodeBuild',
    quote: 'For very big dependencies, bundle them all in the source coude during the last stage of CodeBuild, thus reducing the build time',
  },
  facts: ['codebuild.big_deps'],
  currentFact: 'AWS’s mechanism for this is build caching (an S3 cache, or a local cache of source, Docker layers or custom paths declared in the buildspec), not committing dependencies to the source.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodeBuild::Project')) {
      const config = design.config(node);
      const size = Number(config.dependenciesMB);
      const cache = config.Cache as { Type?: string } | undefined;
      if (!(size >= LARGE_DEPENDENCIES_MB) || (cache?.Type ?? 'NO_CACHE') !== 'NO_CACHE') continue;
      reports.push({
        message: `${node.id}: every build downloads ${size} MB of dependencies and Cache.Type is NO_CACHE.`,
        why: 'Each build starts in a fresh container; without a cache it fetches every dependency again. A cache keeps them between builds.',
        fix: 'Set Cache to S3 (with a Location) or LOCAL with LOCAL_CUSTOM_CACHE, and list the dependency folders under cache.paths in the buildspec.',
        nodes: [node.id],
        edges: [],
        property: 'Cache',
      });
    }
    return reports;
  },
});
