import type { Citation } from '../../core/citation.ts';

/** Stacks run the compute team's stack statechart, reused rather than restated. */
export { cloudFormationStackMachine } from '../../../rules/compute/processes/cloudformation-stack.ts';

export const citations: Citation[] = [
  {
    section: 'CloudFormation',
    quote: "If one of the resources in a stack can't be created, previously created resources get deleted and the stack creation terminates.",
    facts: ['cfn.rollback'],
    currentFact: 'Rollback is the default OnFailure; DO_NOTHING keeps what was created (CREATE_FAILED), DELETE deletes the stack.',
  },
  {
    section: 'CloudFormation',
    quote: 'All imports must be removed before deleting the exporting stack.',
    facts: ['cfn.exports.delete_order', 'cfn.outputs.export'],
  },
  {
    section: 'CloudFormation',
    quote: 'Termination Protection stack option prevents accidental deletion of an entire CloudFormation stack.',
    facts: ['cfn.termination_protection'],
  },
];
