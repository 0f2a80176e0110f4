import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDesignValue } from '../../src/design/load.ts';
import { exportTemplate, exportTemplateObject } from '../../src/iac/export-template.ts';
import { importTemplate } from '../../src/iac/import-template.ts';
import { largeDesign } from '../bench/large-design.ts';
import { canonical, designArbitrary, serverlessDesignArbitrary } from './design-arbitrary.ts';
import { specErrors } from './spec-check.ts';

/** Positions an import computes for nodes the design left unplaced are not part of the comparison. */
function placedLike(original: ReturnType<typeof canonical>, imported: ReturnType<typeof canonical>) {
  const placed = new Set(original.nodes.filter((node) => node.position).map((node) => node.id));
  return { ...imported, nodes: imported.nodes.map((node) => (placed.has(node.id) ? node : { ...node, position: undefined })) };
}

describe('export then import', () => {
  it('generated designs are valid designs', () => {
    fc.assert(fc.property(designArbitrary, (design) => loadDesignValue(design).ok), { numRuns: 50 });
  });

  for (const [format, arbitrary, kinds] of [
    ['cloudformation', designArbitrary, 'any kinds'],
    ['sam', designArbitrary, 'any kinds'],
    ['cloudformation', serverlessDesignArbitrary, 'serverless kinds'],
    ['sam', serverlessDesignArbitrary, 'serverless kinds'],
  ] as const) {
    it(`gives back the same nodes, edges and config (${format}, ${kinds})`, () => {
      fc.assert(
        fc.property(arbitrary, (design) => {
          const text = exportTemplate(design, { format });
          const imported = importTemplate(text);
          if (!imported.ok) throw new Error(imported.problems.map((problem) => problem.message).join('\n'));
          const expected = canonical(design);
          const actual = placedLike(expected, canonical(imported.design));
          expect({ ...actual, nodes: actual.nodes.map(({ position, ...node }) => (position ? { ...node, position } : node)) }).toEqual({
            ...expected,
            nodes: expected.nodes.map(({ position, ...node }) => (position ? { ...node, position } : node)),
          });
        }),
        { numRuns: 120 },
      );
    });
  }

  it('a large design, with connections AWS does not offer and repeated edges, comes back the same', () => {
    const design = largeDesign(300, 600);
    const imported = importTemplate(exportTemplate(design));
    if (!imported.ok) throw new Error(imported.problems.map((problem) => problem.message).join('\n'));
    const withoutPositions = (d: ReturnType<typeof canonical>) => ({ ...d, nodes: d.nodes.map(({ position: _position, ...node }) => node) });
    expect(withoutPositions(canonical(imported.design))).toEqual(withoutPositions(canonical(design)));
    expect(specErrors(exportTemplateObject(design))).toEqual([]);
  });

  it('every unplaced node gets a position', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const imported = importTemplate(exportTemplate(design));
        return imported.ok && imported.design.nodes.every((node) => node.position !== undefined);
      }),
      { numRuns: 50 },
    );
  });
});

describe('exported templates match the CloudFormation resource specification', () => {
  it('types, properties, required properties and references', () => {
    fc.assert(
      fc.property(fc.oneof(designArbitrary, serverlessDesignArbitrary), (design) => {
        expect(specErrors(exportTemplateObject(design))).toEqual([]);
        expect(specErrors(exportTemplateObject(design, { format: 'sam' }))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
