import type { DeploymentReport } from '../../types.ts';

/**
 * What traffic saw during one deployment: time with no instance serving, the lowest in-service
 * count, the most instances running, the steps in order. Fed by the fleet's changes.
 */
export class DeploymentMeasure {
  private zeroSince: number | undefined;
  private downtimeMs = 0;
  minInService: number;
  peakInstances: number;
  readonly steps: string[] = [];
  endedAt: number | undefined;
  outcome: Exclude<DeploymentReport['outcome'], 'in-progress'> | undefined;
  rollback: DeploymentReport['rollback'] = 'none';

  constructor(
    readonly policy: string,
    readonly startedAt: number,
    readonly instances: number,
    private readonly failedBefore: number,
  ) {
    this.minInService = instances;
    this.peakInstances = instances;
  }

  inServiceChanged(now: number, inService: number, running: number): void {
    if (inService < this.minInService) this.minInService = inService;
    if (running > this.peakInstances) this.peakInstances = running;
    if (inService === 0 && this.zeroSince === undefined) this.zeroSince = now;
    else if (inService > 0 && this.zeroSince !== undefined) {
      this.downtimeMs += now - this.zeroSince;
      this.zeroSince = undefined;
    }
  }

  end(now: number, outcome: Exclude<DeploymentReport['outcome'], 'in-progress'>, rollback: DeploymentReport['rollback']): void {
    this.endedAt = now;
    this.outcome = outcome;
    this.rollback = rollback;
  }

  /** The report at `until` (the end of traffic): an outage still going counts up to then. */
  report(until: number, failedNow: number): DeploymentReport {
    const open = this.zeroSince !== undefined ? Math.max(0, until - this.zeroSince) : 0;
    return {
      policy: this.policy,
      instances: this.instances,
      outcome: this.outcome ?? 'in-progress',
      startedAtMs: Math.round(this.startedAt),
      durationMs: Math.round((this.endedAt ?? until) - this.startedAt),
      downtimeMs: Math.round(this.downtimeMs + open),
      minInService: this.minInService,
      minShare: this.instances > 0 ? this.minInService / this.instances : 1,
      peakInstances: this.peakInstances,
      extraInstances: Math.max(0, this.peakInstances - this.instances),
      failedRequests: failedNow - this.failedBefore,
      rollback: this.rollback,
      steps: [...this.steps],
    };
  }
}
