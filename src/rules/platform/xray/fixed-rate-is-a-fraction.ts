import { rangeRule } from '../../define.ts';

export const fixedRateIsAFraction = rangeRule({
  id: 'xray/fixed-rate-is-a-fraction',
  severity: 'error',
  title: 'Sampling FixedRate is a fraction from 0 to 1',
  source: { section: 'X-Ray', quote: 'Requests sampled per second = reservoir_rate + fixed_rate/100 * (total_req/s - reservoir_rate)' },
  facts: ['xray.sampling.formula', 'xray.sampling.default'],
  currentFact: 'The default rule traces the first request each second and 5% of the rest, but with centrally managed rules that reservoir applies across the whole service, not per host.',
  kind: 'AWS::XRay::Group',
  property: 'fixedRate',
  min: 0,
  max: 1,
  why: 'X-Ray traces the reservoir (ReservoirSize requests each second) and then FixedRate of the rest: traced/s = reservoir + FixedRate × (total − reservoir). FixedRate is a fraction: 5% is 0.05 (the default rule: reservoir 1, rate 0.05); a percentage like 20 is rejected. With centrally managed rules the reservoir is shared by all instances of the service, not given to each host.',
  fix: 'Write the rate as a fraction, e.g. 0.2 for 20%: with reservoir 60 and 200 requests/s that traces 60 + 0.2 × 140 = 88 requests/s.',
});
