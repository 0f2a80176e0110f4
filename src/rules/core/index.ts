import type { Rule } from '../types.ts';
import { connectionNotOffered } from './connection-not-offered.ts';
import { unknownKind } from './unknown-kind.ts';
import { unknownProperty } from './unknown-property.ts';

export const rules: Rule[] = [unknownKind, unknownProperty, connectionNotOffered];
