import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketNameProblem } from '../../../src/rules/data/s3/bucket-name-problem.ts';

const letterOrDigit = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const inner = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split(''));
/** DNS-safe names without dots: a letter, 1–61 inner characters, a letter or digit. */
const validName = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), fc.array(inner, { minLength: 1, maxLength: 61 }), letterOrDigit)
  .map(([first, middle, last]) => `${first}${middle.join('')}${last}`)
  .filter((name) => !name.startsWith('xn--') && !name.startsWith('sthree-') && !name.endsWith('-s3alias') && !name.endsWith('--ol-s3') && !name.endsWith('--x-s3') && !name.endsWith('--table-s3') && !name.startsWith('amzn-s3-demo-'));

describe('bucketNameProblem', () => {
  it('accepts every DNS-safe name of 3–63 characters', () => {
    fc.assert(fc.property(validName, (name) => bucketNameProblem(name) === undefined));
  });

  it('refuses a valid name once it holds an uppercase letter', () => {
    fc.assert(
      fc.property(validName, fc.nat(), (name, at) => {
        const index = at % name.length;
        const upper = `${name.slice(0, index)}${name[index]!.toUpperCase()}${name.slice(index + 1)}`;
        return upper === name || bucketNameProblem(upper) !== undefined;
      }),
    );
  });

  it.each([
    ['ab', '3–63'],
    ['a'.repeat(64), '3–63'],
    ['my_bucket', 'lowercase letters, digits, dots and hyphens'],
    ['-bucket', 'begin and end'],
    ['bucket.', 'begin and end'],
    ['my..bucket', 'two dots'],
    ['10.0.0.1', 'IP address'],
    ['xn--bucket', 'prefix "xn--"'],
    ['data-s3alias', 'suffix "-s3alias"'],
  ])('explains what is wrong with %s', (name, words) => {
    expect(bucketNameProblem(name)).toContain(words);
  });

  it('accepts dotted names that are not IP addresses', () => {
    expect(bucketNameProblem('www.example.com')).toBeUndefined();
    expect(bucketNameProblem('logs.2026.example')).toBeUndefined();
  });
});
