import type { DesignContext } from '../../context.ts';
import type { DesignNode } from '../../../design/schema.ts';
import { runStackOperation, type StackOperationInput, type StackOperationRun } from '../processes/cloudformation-stack.ts';

export const STACK = 'AWS::CloudFormation::Stack';

export interface TemplateResource {
  logicalId: string;
  type: string;
  DeletionPolicy?: string;
}

export function templateResourcesOf(value: unknown): TemplateResource[] {
  return Array.isArray(value) ? (value as TemplateResource[]) : [];
}

/** The stack operation the design plans, run through the stack machine. */
export function runPlannedOperation(design: DesignContext, node: DesignNode, failingResource?: string): StackOperationRun & { input: StackOperationInput } {
  const config = design.config(node);
  const input: StackOperationInput = {
    operation: config.operation as StackOperationInput['operation'],
    resources: templateResourcesOf(config.templateResources).map((resource) => resource.logicalId),
    onFailure: config.onFailure as StackOperationInput['onFailure'],
    terminationProtection: config.terminationProtection === true,
    importedBy: design.edgesTo(node.id, { kind: STACK }).map((edge) => edge.from),
  };
  return { input, ...runStackOperation(input, failingResource) };
}
