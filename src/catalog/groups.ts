/** Kinds that run application code: they call, read and write other components. */
export const APPLICATION_KINDS = [
  'Actor::Client',
  'AWS::Lambda::Function',
  'AWS::EC2::Instance',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::ECS::Service',
  'AWS::ElasticBeanstalk::Environment',
] as const;

/** Application kinds that AWS runs for you (excludes the client outside AWS). */
export const AWS_APPLICATION_KINDS = APPLICATION_KINDS.filter((kind) => kind !== 'Actor::Client');
