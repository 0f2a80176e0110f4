import { isMap, isSeq, Pair, Scalar, YAMLMap, type CollectionTag, type ScalarTag, type Tags, type YAMLSeq } from 'yaml';

/** CloudFormation's short-form YAML tags and the long form each stands for. */
export const INTRINSIC_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!Join': 'Fn::Join',
  '!If': 'Fn::If',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!Base64': 'Fn::Base64',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!GetAZs': 'Fn::GetAZs',
  '!Cidr': 'Fn::Cidr',
};

/** `!GetAtt Queue.Arn` is the short form of `Fn::GetAtt: [Queue, Arn]` (the attribute may hold dots). */
function scalarArgument(longName: string, text: string): unknown {
  if (longName !== 'Fn::GetAtt') return text;
  const dot = text.indexOf('.');
  return dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
}

/** Wraps the tagged node in a one-key map so the rest of the parse (limits, locations) sees it as long form. */
function wrap(longName: string, node: YAMLSeq | YAMLMap | Scalar): YAMLMap {
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar(longName), node));
  if (node.range) map.range = node.range;
  return map;
}

/** YAML tags for reading templates: each short form becomes its long form `{ "Fn::X": ... }`. */
export function intrinsicTags(): Tags {
  const tags: Array<ScalarTag | CollectionTag> = [];
  for (const [tag, longName] of Object.entries(INTRINSIC_TAGS)) {
    tags.push({
      tag,
      resolve: (text: string) => ({ [longName]: scalarArgument(longName, text) }),
    } as ScalarTag);
    for (const collection of ['seq', 'map'] as const) {
      tags.push({
        tag,
        collection,
        nodeClass: collection === 'seq' ? undefined : YAMLMap,
        resolve: (node: YAMLSeq | YAMLMap) => {
          if (isSeq(node) || isMap(node)) return wrap(longName, node);
          return node;
        },
      } as unknown as CollectionTag);
    }
  }
  return tags;
}
