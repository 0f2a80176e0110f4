import { describe, expect, it } from 'vitest';
import { sampledPerSecond, segmentsReachXRay } from '../../../src/sim/behaviours/xray/sampling.ts';
import { simulate } from '../../../src/sim/simulate.ts';
import { design, settings } from '../designs.ts';

type Nodes = Parameters<typeof design>[0];
type Edges = Parameters<typeof design>[1];

const uploads = settings({ traffic: [{ id: 'uploads', operation: 'write', ratePerSecond: 10, durationSeconds: 10, keyAttribute: 'photoId', attributes: { photoId: { sequence: true } } }] });

function vault(options: { userPool: boolean; identityPool: boolean; role: boolean }) {
  const nodes: Nodes = [
    { id: 'phone', kind: 'Actor::Client' },
    { id: 'photos', kind: 'AWS::S3::Bucket' },
  ];
  const edges: Edges = [{ from: 'phone', to: 'photos', config: { operation: 'write' } }];
  if (options.userPool) {
    nodes.push({ id: 'users', kind: 'AWS::Cognito::UserPool' });
    edges.push({ from: 'phone', to: 'users' });
  }
  if (options.identityPool) {
    nodes.push({ id: 'identities', kind: 'AWS::Cognito::IdentityPool' });
    edges.push({ from: 'phone', to: 'identities' });
    if (options.userPool) edges.push({ from: 'users', to: 'identities' });
  }
  if (options.role && options.identityPool) {
    nodes.push({ id: 'app-user', kind: 'AWS::IAM::Role', config: { permissions: ['s3:PutObject'] } });
    edges.push({ from: 'identities', to: 'app-user', config: { identities: 'authenticated' } });
  }
  return design(nodes, edges);
}

describe('Cognito', () => {
  it('a client with identity-pool credentials reaches S3; a user pool token alone is refused', () => {
    const ok = simulate(vault({ userPool: true, identityPool: true, role: true }), uploads);
    expect(ok.metrics.availability).toBe(1);
    expect(ok.reports!.identities!.values!.clientsWithCredentials).toBe(1);
    const tokensOnly = simulate(vault({ userPool: true, identityPool: false, role: false }), uploads);
    expect(tokensOnly.metrics.availability).toBe(0);
    expect(tokensOnly.reports!.users!.values!.deniedRequests).toBe(100);
    expect(tokensOnly.trace.some((entry) => entry.event === 'accessDenied')).toBe(true);
    // An identity pool with no role for signed-in users hands out nothing.
    expect(simulate(vault({ userPool: true, identityPool: true, role: false }), uploads).metrics.availability).toBe(0);
  });

  it('a client that does not sign in with Cognito is not judged on credentials (it stands for a trusted producer)', () => {
    expect(simulate(vault({ userPool: false, identityPool: false, role: false }), uploads).metrics.availability).toBe(1);
    const producer = vault({ userPool: true, identityPool: false, role: false });
    const withoutSignIn = { ...producer, edges: producer.edges.filter((edge) => edge.to !== 'users') };
    expect(simulate(withoutSignIn, uploads).metrics.availability).toBe(1);
  });
});

describe('X-Ray', () => {
  it('samples the reservoir, then the fixed rate of the rest (the notes’ worked example: 88 of 200)', () => {
    expect(sampledPerSecond(200, 60, 0.2)).toBe(88);
    expect(sampledPerSecond(0.5, 1, 0.05)).toBe(0.5);
    expect(segmentsReachXRay('AWS::EC2::Instance', 'none', false).reach).toBe(false);
    expect(segmentsReachXRay('AWS::Lambda::Function', 'none', true).reach).toBe(true);
  });

  it('reports the traced share per hop: none without a daemon on EC2, the sampled share with one', () => {
    const traced = (daemon: string) =>
      simulate(
        design(
          [
            { id: 'users', kind: 'Actor::Client' },
            { id: 'web', kind: 'AWS::EC2::Instance' },
            { id: 'fn', kind: 'AWS::Lambda::Function', config: { TracingConfig: { Mode: 'Active' } } },
            { id: 'traces', kind: 'AWS::XRay::Group', config: { reservoirSize: 1, fixedRate: 0.05 } },
          ],
          [
            { from: 'users', to: 'web' },
            { from: 'web', to: 'fn' },
            { from: 'web', to: 'traces', config: { daemon } },
            { from: 'fn', to: 'traces' },
          ],
        ),
        settings({ traffic: [{ id: 'web', ratePerSecond: 21, durationSeconds: 10 }] }),
      ).reports!.traces!;
    const none = traced('none');
    expect(none.values!['tracedShare.web']).toBe(0);
    expect(none.events!.some((event) => /nothing listens/.test(event.detail ?? ''))).toBe(true);
    // 21 requests/s: 1 from the reservoir + 5% of 20 = 2 per second, about 9.5%.
    expect(none.values!['tracedShare.fn']).toBeCloseTo(2 / 21, 2);
    expect(traced('on-host').values!['tracedShare.web']).toBeCloseTo(2 / 21, 2);
  });
});
