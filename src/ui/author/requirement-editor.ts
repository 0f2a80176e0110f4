import { h } from '../dom.ts';
import type { RequirementForm } from './author-work.ts';
import { fieldText, fieldValue, newRequirement, REQUIREMENT_KINDS, type RequirementField, requirementKind } from './requirement-fields.ts';

/**
 * A list of requirements (or bonus goals): add one of any kind from the list, each shown as a
 * form generated from its kind's schema. `changed` is told after every edit; `structure` after
 * an add or a removal, so the screen can redraw.
 */
export function requirementList(
  group: 'requirements' | 'bonus',
  items: RequirementForm[],
  events: { changed: () => void; structure: () => void },
): HTMLElement {
  const kindChoice = h('select', { attrs: { 'aria-label': 'Requirement kind' }, dataset: { field: `${group}-kind` } }, ...REQUIREMENT_KINDS.map((kind) => h('option', { text: kind.type, attrs: { value: kind.type } })));
  const add = h('button', {
    text: group === 'bonus' ? 'Add bonus goal' : 'Add requirement',
    dataset: { action: `add-${group}` },
    attrs: { type: 'button' },
    on: {
      click: () => {
        items.push(newRequirement(kindChoice.value, items.length));
        events.structure();
      },
    },
  });
  return h(
    'div',
    { className: 'author-list', dataset: { list: group } },
    ...items.map((item, index) =>
      requirementForm(item, `${group}.${index}`, events.changed, () => {
        items.splice(index, 1);
        events.structure();
      }),
    ),
    h('div', { className: 'author-add' }, kindChoice, add),
  );
}

function requirementForm(item: RequirementForm, path: string, changed: () => void, remove: () => void): HTMLElement {
  const kind = requirementKind(String(item.type));
  const text = (name: string, label: string) => {
    const input = h('input', { attrs: { type: 'text', value: fieldText(item[name]), 'aria-label': label }, dataset: { field: `${path}.${name}` } });
    input.addEventListener('input', () => {
      item[name] = input.value;
      changed();
    });
    return h('label', { className: 'author-row' }, h('span', { text: label }), input);
  };
  return h(
    'fieldset',
    { className: 'author-item', dataset: { requirement: path } },
    h('legend', { text: String(item.type) }),
    text('id', 'Id'),
    text('label', 'Label'),
    ...(kind?.fields ?? []).map((field) => fieldRow(item, field, path, changed)),
    h('button', { text: 'Remove', dataset: { action: 'remove' }, attrs: { type: 'button' }, on: { click: remove } }),
  );
}

/** One field of a requirement kind; an empty optional field is left out of the scenario. */
function fieldRow(item: RequirementForm, field: RequirementField, path: string, changed: () => void): HTMLElement {
  const name = `${path}.${field.name}`;
  const label = `${field.name}${field.required ? '' : ' (optional)'}`;
  const store = (raw: string, by?: 'kind' | 'node') => {
    const value = fieldValue(field, raw, by);
    if (value === undefined) delete item[field.name];
    else item[field.name] = value;
    changed();
  };
  let control: HTMLElement;
  const { input } = field.input;
  if (input === 'choice' || input === 'boolean') {
    const options = input === 'boolean' ? ['true', 'false'] : field.input.options.map(String);
    const select = h('select', { attrs: { 'aria-label': field.name }, dataset: { field: name } }, field.required ? null : h('option', { text: '—', attrs: { value: '' } }), ...options.map((option) => h('option', { text: option, attrs: { value: option } })));
    select.value = fieldText(item[field.name]);
    select.addEventListener('change', () => store(select.value));
    control = select;
  } else if (input === 'selector') {
    const current = item[field.name] as { node?: string } | undefined;
    const by = h('select', { attrs: { 'aria-label': `${field.name}: by kind or node` }, dataset: { field: `${name}.by` } }, h('option', { text: 'every node of kind', attrs: { value: 'kind' } }), h('option', { text: 'the node with id', attrs: { value: 'node' } }));
    by.value = current?.node !== undefined ? 'node' : 'kind';
    const target = h('input', { attrs: { type: 'text', value: fieldText(current), 'aria-label': field.name }, dataset: { field: name } });
    const update = () => store(target.value, by.value === 'node' ? 'node' : 'kind');
    by.addEventListener('change', update);
    target.addEventListener('input', update);
    control = h('span', { className: 'author-selector' }, by, target);
  } else {
    const attrs: Record<string, string> = { type: input === 'number' ? 'number' : 'text', value: fieldText(item[field.name]), 'aria-label': field.name };
    if (input === 'number') attrs.step = field.input.integer ? '1' : 'any';
    if (input === 'list') attrs.placeholder = 'comma-separated';
    if (field.defaultValue !== undefined) attrs.placeholder = `default ${fieldText(field.defaultValue)}`;
    const element = h('input', { attrs, dataset: { field: name } });
    element.addEventListener('input', () => store(element.value));
    control = element;
  }
  return h('label', { className: 'author-row', title: field.description ?? '' }, h('span', { text: label }), control);
}
