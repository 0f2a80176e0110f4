import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import { INTRINSIC_TAGS } from './intrinsic-tags.ts';

const SHORT_FORM: ReadonlyMap<string, string> = new Map(Object.entries(INTRINSIC_TAGS).map(([tag, longName]) => [longName, tag]));

/** Writes a template as YAML with CloudFormation's short-form tags (!Ref, !GetAtt, !Sub, ...). */
export function templateToYaml(template: unknown): string {
  // Repeated values are written out again: a template reads better without anchors.
  const doc = new Document(template, { aliasDuplicateObjects: false });
  visit(doc, {
    // Dates such as 2010-09-09 are strings in a template; quoted, no YAML 1.1 reader takes them for dates.
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
      return undefined;
    },
    Map(_key, map) {
      if (map.items.length !== 1) return undefined;
      const pair = map.items[0]!;
      const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const tag = name === undefined ? undefined : SHORT_FORM.get(name);
      if (!tag || pair.value === null) return undefined;
      const argument = pair.value as Node;
      // `!GetAtt Queue.Arn` reads better than a two-item list.
      if (name === 'Fn::GetAtt' && isSeq(argument) && argument.items.every(isScalar) && argument.items.length === 2) {
        const short = new Scalar(argument.items.map((item) => String((item as Scalar).value)).join('.'));
        short.tag = tag;
        return short;
      }
      // Condition is also a resource attribute (`Condition: IsProd`); only the value position is the function.
      if (name === 'Condition') return undefined;
      // Ref names a logical id: a map { Ref: 5 } is data, not the function.
      if (name === 'Ref' && !(isScalar(argument) && typeof argument.value === 'string')) return undefined;
      if (isScalar(argument) || isSeq(argument) || isMap(argument)) {
        argument.tag = tag;
        return argument;
      }
      return undefined;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
