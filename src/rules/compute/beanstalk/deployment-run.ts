import type { DesignContext } from '../../context.ts';
import type { DesignNode } from '../../../design/schema.ts';
import { batchInstances, type BeanstalkDeploymentRun, type DeploymentPolicy, runBeanstalkDeployment } from '../processes/beanstalk-deployment.ts';

export interface EnvironmentDeployment extends BeanstalkDeploymentRun {
  policy: DeploymentPolicy;
  instances: number;
  batchInstances: number;
}

/** Runs the environment's configured deployment, every batch healthy, through the deployment machine. */
export function deployEnvironment(design: DesignContext, node: DesignNode): EnvironmentDeployment {
  const config = design.config(node);
  const policy = config.deploymentPolicy as DeploymentPolicy;
  const instances = config.environmentType === 'SingleInstance' ? 1 : Math.max(1, Number(config.minSize));
  const batch = batchInstances(instances, config.batchSizeType === 'Fixed' ? 'Fixed' : 'Percentage', Number(config.batchSize));
  return { policy, instances, batchInstances: batch, ...runBeanstalkDeployment({ policy, instances, batchInstances: batch }) };
}
