import { defineRule } from '../../define.ts';

const STANDARD_MAX_BYTES = 4_096;
const ADVANCED_MAX_BYTES = 8_192;

export const valueSizeWithinTier = defineRule({
  id: 'ssm/value-size-within-tier',
  severity: 'error',
  title: 'A parameter value larger than its tier allows',
  source: {
    section: 'Systems manager',
    quote: 'SSM Parameter Store is storage for config data management and secrets management, to manage configs outside of EC2, or EBS.',
  },
  facts: [],
  check(design) {
    return design
      .nodesOfKind('AWS::SSM::Parameter')
      .filter((parameter) => {
        const config = design.config(parameter);
        if (typeof config.valueBytes !== 'number') return false;
        // Intelligent-Tiering moves a value over 4 KB to the advanced tier by itself.
        const max = config.Tier === 'Standard' ? STANDARD_MAX_BYTES : ADVANCED_MAX_BYTES;
        return config.valueBytes > max;
      })
      .map((parameter) => {
        const config = design.config(parameter);
        const standard = config.Tier === 'Standard';
        return {
          message: `${parameter.id}: a ${String(config.valueBytes)}-byte value in the ${String(config.Tier)} tier, which holds at most ${standard ? '4 KB (4,096)' : '8 KB (8,192)'}.`,
          why: 'Standard parameters hold values up to 4 KB and are free; advanced parameters hold up to 8 KB (and allow parameter policies) for a monthly charge. PutParameter rejects a larger value.',
          fix: standard
            ? `Set Tier: Advanced (or Intelligent-Tiering) on ${parameter.id}, or split the value.`
            : 'Split the value over several parameters, or store it in S3 (encrypted) and keep only its location in the parameter.',
          nodes: [parameter.id],
          edges: [],
          property: standard ? 'Tier' : 'valueBytes',
        };
      });
  },
});
