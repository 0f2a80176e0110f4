/**
 * How a CloudWatch alarm decides, as plain functions: each Period gives one datapoint (the
 * statistic of the points published in it), compared with the threshold; the alarm is in ALARM
 * when at least DatapointsToAlarm of the last EvaluationPeriods datapoints breach ("M out of N"),
 * OK otherwise. Missing datapoints count as TreatMissingData says.
 */

export type AlarmState = 'INSUFFICIENT_DATA' | 'OK' | 'ALARM';
export type TreatMissingData = 'missing' | 'notBreaching' | 'breaching' | 'ignore';

export function breaches(operator: string, value: number, threshold: number): boolean {
  switch (operator) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'LessThanThreshold':
    case 'LessThanLowerThreshold':
      return value < threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold;
    default:
      return value > threshold;
  }
}

/** A value that breaches (or not) the threshold, for a metric the scenario drives. */
export function valueThat(breaching: boolean, operator: string, threshold: number): number {
  const above = threshold === 0 ? 1 : Math.abs(threshold) * 2;
  const below = threshold === 0 ? -1 : threshold / 2;
  const greater = !operator.startsWith('Less');
  return breaching === greater ? above : below;
}

/**
 * The state after a period: `datapoints` are the last EvaluationPeriods datapoints, oldest first
 * (true breaching, false not, undefined missing).
 */
export function evaluate(datapoints: ReadonlyArray<boolean | undefined>, datapointsToAlarm: number, treatMissing: TreatMissingData, current: AlarmState): AlarmState {
  let breaching = 0;
  let present = 0;
  for (const point of datapoints) {
    const value = point === undefined ? (treatMissing === 'breaching' ? true : treatMissing === 'notBreaching' ? false : undefined) : point;
    if (value === undefined) continue;
    present++;
    if (value) breaching++;
  }
  if (present === 0) return treatMissing === 'ignore' || current !== 'INSUFFICIENT_DATA' ? current : 'INSUFFICIENT_DATA';
  return breaching >= datapointsToAlarm ? 'ALARM' : 'OK';
}

/** How often the metric gets a point, in seconds: 1 for a high-resolution custom metric, 300 for EC2 basic monitoring, else 60. */
export function publishingIntervalSeconds(storageResolution: number, basicEc2Monitoring: boolean): number {
  if (storageResolution === 1) return 1;
  return basicEc2Monitoring ? 300 : 60;
}
