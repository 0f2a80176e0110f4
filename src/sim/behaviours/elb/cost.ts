import {
  ALB_HOUR,
  ALB_LCU_HOUR,
  ALB_NEW_CONNECTIONS_PER_LCU,
  BYTES_PER_GB,
  CLASSIC_LB_HOUR,
  CLASSIC_LB_PER_GB,
  GWLB_HOUR,
  GWLB_LCU_HOUR,
  HOURS_PER_MONTH,
  LCU_GB_PER_HOUR,
  NLB_HOUR,
  NLB_LCU_HOUR,
  NLB_NEW_FLOWS_PER_LCU,
  perMonth,
} from '../../core/prices.ts';

export type BalancerType = 'application' | 'network' | 'gateway' | 'classic';

/**
 * A month of a load balancer at the run's rates. ALB, NLB and Gateway LB bill hours plus capacity
 * units: the busier of new connections per second and GB per hour sets the units. Classic bills
 * hours plus every GB it processes.
 */
export function loadBalancerMonthlyCostUsd(type: BalancerType, requests: number, bytes: number, runMs: number): number {
  const gbPerMonth = perMonth(bytes, runMs) / BYTES_PER_GB;
  if (type === 'classic') return CLASSIC_LB_HOUR * HOURS_PER_MONTH + gbPerMonth * CLASSIC_LB_PER_GB;
  const connectionsPerSecond = runMs > 0 ? requests / (runMs / 1000) : 0;
  const gbPerHour = gbPerMonth / HOURS_PER_MONTH;
  const perLcu = type === 'application' ? ALB_NEW_CONNECTIONS_PER_LCU : NLB_NEW_FLOWS_PER_LCU;
  const units = Math.max(connectionsPerSecond / perLcu, gbPerHour / LCU_GB_PER_HOUR);
  const [hour, unitHour] = type === 'application' ? [ALB_HOUR, ALB_LCU_HOUR] : type === 'network' ? [NLB_HOUR, NLB_LCU_HOUR] : [GWLB_HOUR, GWLB_LCU_HOUR];
  return (hour + units * unitHour) * HOURS_PER_MONTH;
}
