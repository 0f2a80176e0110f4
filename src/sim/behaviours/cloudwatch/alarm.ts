import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { booleanSetting, numberSetting, stringSetting } from '../../core/config.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { Fault, NodeReport } from '../../types.ts';
import { type AlarmState, breaches, evaluate, publishingIntervalSeconds, type TreatMissingData, valueThat } from './evaluation.ts';

type Breach = Extract<Fault, { type: 'metric-breach' }>;

/**
 * A CloudWatch alarm on the metric of the node that publishes to it. The scenario drives the metric
 * with metric-breach faults (the metric sits on the safe side of the threshold otherwise); the
 * alarm evaluates every Period, and its report tells how long after the breach it went to ALARM and
 * how often it changed state (flapping).
 */
export class CloudWatchAlarm implements Behaviour {
  private readonly periodMs: number;
  private readonly evaluationPeriods: number;
  private readonly datapointsToAlarm: number;
  private readonly threshold: number;
  private readonly operator: string;
  private readonly treatMissing: TreatMissingData;
  private readonly publishMs: number;
  private readonly breaches: Breach[];
  private readonly datapoints: Array<boolean | undefined> = [];
  private state: AlarmState = 'INSUFFICIENT_DATA';
  private readonly values = { transitions: 0, alarms: 0, timeToAlarmMs: -1, periodSeconds: 0, publishSeconds: 0 };
  private readonly events: Array<{ t: number; event: string; detail?: string }> = [];

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const config = world.config(node);
    this.periodMs = Math.max(10, numberSetting(config, 'Period', 300)) * 1000;
    this.evaluationPeriods = Math.max(1, numberSetting(config, 'EvaluationPeriods', 1));
    this.datapointsToAlarm = Math.max(1, numberSetting(config, 'DatapointsToAlarm', this.evaluationPeriods));
    this.threshold = numberSetting(config, 'Threshold', 0);
    this.operator = stringSetting(config, 'ComparisonOperator', 'GreaterThanThreshold');
    this.treatMissing = stringSetting(config, 'TreatMissingData', 'missing') as TreatMissingData;
    const source = world.design.edgesTo(node.id).find((edge) => edge.role === undefined);
    const storage = source ? numberSetting(world.edgeConfig(source), 'storageResolution', 60) : 60;
    const sourceNode = source ? world.design.node(source.from) : undefined;
    const sourceConfig = sourceNode ? world.config(sourceNode) : {};
    const basicEc2 =
      (sourceNode?.kind === 'AWS::EC2::Instance' && !booleanSetting(sourceConfig, 'Monitoring', false)) ||
      (sourceNode?.kind === 'AWS::AutoScaling::AutoScalingGroup' && !booleanSetting(sourceConfig, 'detailedMonitoring', false));
    this.publishMs = publishingIntervalSeconds(storage, basicEc2) * 1000;
    this.values.periodSeconds = this.periodMs / 1000;
    this.values.publishSeconds = this.publishMs / 1000;
    this.breaches = world.settings.faults.filter((fault): fault is Breach => fault.type === 'metric-breach' && (fault.node === undefined || fault.node === node.id));
  }

  start(): void {
    const ends = [
      ...this.world.settings.traffic.map((stream) => (stream.startSeconds + stream.durationSeconds) * 1000),
      ...this.breaches.map((breach) => (breach.atSeconds + breach.durationSeconds) * 1000),
    ];
    const horizon = Math.max(0, ...ends) + this.periodMs * this.evaluationPeriods;
    for (let end = this.periodMs; end <= horizon; end += this.periodMs) this.world.at(end, () => this.closePeriod(end));
  }

  private valueAt(t: number): number {
    const breach = this.breaches.find((b) => t >= b.atSeconds * 1000 && t < (b.atSeconds + b.durationSeconds) * 1000);
    if (breach) return breach.value ?? valueThat(true, this.operator, this.threshold);
    return valueThat(false, this.operator, this.threshold);
  }

  /** The period [end − Period, end) closes: its datapoint is the average of the points published in it. */
  private closePeriod(end: number): void {
    const start = end - this.periodMs;
    let sum = 0;
    let points = 0;
    for (let t = Math.ceil(start / this.publishMs) * this.publishMs; t < end; t += this.publishMs) {
      sum += this.valueAt(t);
      points++;
    }
    this.datapoints.push(points > 0 ? breaches(this.operator, sum / points, this.threshold) : undefined);
    if (this.datapoints.length > this.evaluationPeriods) this.datapoints.shift();
    const next = evaluate(this.datapoints, this.datapointsToAlarm, this.treatMissing, this.state);
    if (next === this.state) return;
    const from = this.state;
    this.state = next;
    if (from !== 'INSUFFICIENT_DATA' || next === 'ALARM') this.values.transitions++;
    const world = this.world;
    if (next === 'ALARM') {
      this.values.alarms++;
      const breach = this.breaches.find((b) => b.atSeconds * 1000 <= end);
      if (this.values.timeToAlarmMs < 0 && breach) this.values.timeToAlarmMs = end - breach.atSeconds * 1000;
      const detail = `${this.datapoints.filter(Boolean).length} of the last ${this.datapoints.length} datapoints breach (${this.datapointsToAlarm} needed)`;
      world.log(end, this.node.id, 'alarmFired', undefined, detail);
      this.events.push({ t: end, event: 'ALARM', detail });
    } else {
      world.log(end, this.node.id, next === 'OK' ? 'alarmOk' : 'alarmInsufficientData');
      this.events.push({ t: end, event: next });
    }
  }

  /** Work never flows into an alarm; a stray edge is acknowledged. */
  receive(work: Work, reply: Reply): void {
    reply({ ok: true, doneAt: work.at, answeredBy: this.node.id });
  }

  report(): NodeReport {
    return { values: { ...this.values }, events: [...this.events] };
  }
}
