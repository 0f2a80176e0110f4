import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { CACHE_CLUSTER, REPLICATION_GROUP } from './cache-facts.ts';

const DATABASE_KINDS = ['AWS::DynamoDB::Table', 'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'];

export const elasticacheCacheWithoutDatabase = defineRule({
  id: 'elasticache/cache-without-database',
  severity: 'error',
  title: 'A cache with no database behind it',
  source: { section: 'Elasticache', quote: 'Lazy loading: loads data into the cache only when data is requested.' },
  facts: ['ec.lazy_loading', 'ec.write_through'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cache of [...design.nodesOfKind(CACHE_CLUSTER), ...design.nodesOfKind(REPLICATION_GROUP)]) {
      if (design.edgesFrom(cache.id, { kind: DATABASE_KINDS }).length > 0) continue;
      // The database may also hang off the application itself (application → cache and application → database).
      const stranded = design
        .edgesTo(cache.id, { role: 'none' })
        .filter((edge) => text(design.edgeConfig(edge).usage) === 'cache')
        .filter((edge) => design.edgesFrom(edge.from, { kind: DATABASE_KINDS, role: 'none' }).length === 0);
      if (stranded.length === 0) continue;
      reports.push({
        message: `${cache.id} caches data for ${stranded.map((edge) => edge.from).join(', ')}, but no database stands behind it.`,
        why: 'A cache holds copies: on a miss (lazy loading) the application reads the database and fills the cache, and on a write (write-through) it writes the database then the cache. Without the database a miss has nowhere to go.',
        fix: `Connect ${cache.id} to the database it fronts (${cache.id} → DynamoDB table or RDS/Aurora), or mark the edge usage: session-store if the cache is the only copy.`,
        nodes: [cache.id],
        edges: stranded.map((edge) => design.edgeKey(edge)),
      });
    }
    return reports;
  },
});
