/** A pipeline's Stages as the rules read them. */
export interface StageView {
  name: string;
  categories: string[];
}

export function stagesOf(value: unknown): StageView[] {
  if (!Array.isArray(value)) return [];
  return value.map((stage: { Name?: unknown; Actions?: Array<{ ActionTypeId?: { Category?: unknown } }> }) => ({
    name: String(stage.Name ?? ''),
    categories: (stage.Actions ?? []).map((action) => String(action.ActionTypeId?.Category ?? '')),
  }));
}

export function indexOfStageWith(stages: readonly StageView[], category: string, from = 0): number {
  for (let index = from; index < stages.length; index++) if (stages[index]!.categories.includes(category)) return index;
  return -1;
}
