import type { DesignNode } from '../../../design/schema.ts';
import type { DesignContext } from '../../context.ts';

export const ELBV2 = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
export const CLASSIC_ELB = 'AWS::ElasticLoadBalancing::LoadBalancer';

/** Every load balancer in the design, of either generation. */
export function loadBalancers(design: DesignContext): DesignNode[] {
  return [...design.nodesOfKind(ELBV2), ...design.nodesOfKind(CLASSIC_ELB)];
}

/** "Application Load Balancer", "Network Load Balancer" or "Classic Load Balancer". */
export function loadBalancerType(design: DesignContext, node: DesignNode): string {
  if (node.kind === CLASSIC_ELB) return 'Classic Load Balancer';
  const type = design.config(node).Type;
  return type === 'network' ? 'Network Load Balancer' : type === 'gateway' ? 'Gateway Load Balancer' : 'Application Load Balancer';
}
