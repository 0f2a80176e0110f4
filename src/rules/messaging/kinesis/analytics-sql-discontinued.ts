import { defineRule } from '../../define.ts';
import { FLINK_APPLICATION } from '../kinds.ts';

export const analyticsSqlDiscontinued = defineRule({
  id: 'kinesis/analytics-sql-discontinued',
  severity: 'error',
  title: 'Kinesis Data Analytics for SQL is discontinued',
  source: {
    section: 'Kinesis',
    quote: 'Data analytics: analyze, query and transform streamed data in real-time using standard SQL and save in an AWS data store',
  },
  facts: ['kda.sql'],
  currentFact:
    'Kinesis Data Analytics for SQL applications is discontinued: no new applications since October 15, 2025, and existing ones deleted from January 27, 2026. Use Amazon Managed Service for Apache Flink (formerly Kinesis Data Analytics for Apache Flink), which also runs SQL through Flink SQL or Studio notebooks.',
  check(design) {
    return design.nodesOfKind(FLINK_APPLICATION).flatMap((application) => {
      const runtime = design.config(application).RuntimeEnvironment;
      if (typeof runtime !== 'string' || !runtime.toUpperCase().startsWith('SQL')) return [];
      return [
        {
          message: `${application.id} uses the ${runtime} runtime: Kinesis Data Analytics for SQL no longer exists.`,
          why: 'AWS stopped accepting new SQL applications on October 15, 2025 and deletes the remaining ones from January 27, 2026; CloudFormation cannot create one.',
          fix: `Set RuntimeEnvironment on ${application.id} to a Flink runtime (e.g. FLINK-1_20) and write the query in Flink SQL.`,
          nodes: [application.id],
          edges: [],
          property: 'RuntimeEnvironment',
        },
      ];
    });
  },
});
