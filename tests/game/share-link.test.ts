import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { DESIGN_FORMAT, type Design } from '../../src/bridge.ts';
import { designFromFragment, shareFragment, shareUrl, withoutDesignFragment } from '../../src/ui/share-link.ts';

const design: Design = {
  format: DESIGN_FORMAT,
  name: 'Orders',
  nodes: [
    { id: 'orders', kind: 'AWS::SQS::Queue', config: { FifoQueue: true }, position: { x: 320, y: 120 } },
    { id: 'fulfil', kind: 'AWS::Lambda::Function' },
  ],
  edges: [{ from: 'orders', to: 'fulfil', config: { BatchSize: 10 } }],
};

describe('share links', () => {
  it('a design survives the trip through the URL fragment', () => {
    const fragment = shareFragment(design);
    expect(fragment).toMatch(/^#design=[A-Za-z0-9+\-$]+$/);
    expect(designFromFragment(fragment)).toEqual({ ok: true, value: design, warnings: [] });
  });

  it('the link opens the level it was made in, or the sandbox', () => {
    const page = { origin: 'https://example.test', pathname: '/play/' };
    expect(shareUrl(design, page, 'fifo-orders')).toBe(`https://example.test/play/?scenario=fifo-orders${shareFragment(design)}`);
    expect(shareUrl(design, page)).toBe(`https://example.test/play/?mode=sandbox${shareFragment(design)}`);
  });

  it('a fragment without a design is not a share link', () => {
    expect(designFromFragment('')).toBeUndefined();
    expect(designFromFragment('#section-2')).toBeUndefined();
  });

  it('a link cut short is reported as damaged, not thrown', () => {
    const fragment = shareFragment(design);
    const cut = designFromFragment(fragment.slice(0, fragment.length / 2));
    expect(cut?.ok).toBe(false);
    expect(cut && !cut.ok && cut.problems[0]).toMatchObject({ path: 'link', message: expect.stringMatching(/damaged/) });
    expect(designFromFragment('#design=')).toMatchObject({ ok: false, problems: [{ path: 'link' }] });
    expect(designFromFragment(`#design=${compressToEncodedURIComponent('{not json')}`)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/JSON/) }] });
  });

  it('a link whose design breaks the format names the field at fault', () => {
    const broken = { ...design, nodes: [{ id: 'Bad Id', kind: 'AWS::SQS::Queue' }] };
    const result = designFromFragment(`#design=${compressToEncodedURIComponent(JSON.stringify(broken))}`);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.problems.map((problem) => problem.path)).toContain('link: nodes[0].id');
  });

  it('the fragment is dropped from the address once used, other fragment parts kept', () => {
    expect(withoutDesignFragment(`https://example.test/?mode=sandbox${shareFragment(design)}`)).toBe('https://example.test/?mode=sandbox');
    expect(withoutDesignFragment('https://example.test/?mode=sandbox#design=abc&zoom=2')).toBe('https://example.test/?mode=sandbox#zoom=2');
  });
});
