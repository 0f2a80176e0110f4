import type { Finding } from '../../bridge.ts';
import { clear, h } from '../dom.ts';
import { type ConfigField, formatFieldValue, parseFieldInput } from './config-fields.ts';

/**
 * One config key in the inspector: the control, AWS's default and unit, the limit a rule
 * enforces (with the notes it cites), and the message of any rule the value breaks.
 */
export function fieldRow(field: ConfigField, value: unknown, findings: Finding[], commit: (value: unknown) => void): HTMLElement {
  const message = h('div', { className: 'field-message' });
  const showFindings = () => {
    clear(message);
    for (const finding of findings) {
      message.append(h('p', { className: `field-${finding.severity === 'error' ? 'error' : 'warning'}`, text: finding.message, dataset: { rule: finding.rule } }));
    }
  };
  const apply = (input: string | boolean | string[]) => {
    const parsed = parseFieldInput(field, input);
    if (!parsed.ok) {
      clear(message);
      message.append(h('p', { className: 'field-error', text: parsed.message }));
      return;
    }
    commit(parsed.value);
  };
  const control = controlFor(field, value, apply);
  const defaultText = field.defaultValue !== undefined ? `default ${formatDefault(field.defaultValue)}${field.unit ? ` ${field.unit}` : ''}` : 'optional';
  const limit = field.limit;
  const limitText = limit
    ? `AWS allows ${limit.min !== undefined && limit.max !== undefined ? `${limit.min}–${limit.max}` : limit.min !== undefined ? `at least ${limit.min}` : `at most ${limit.max}`}${limit.unit ? ` ${limit.unit}` : ''}`
    : '';
  showFindings();
  return h(
    'div',
    { className: `field${findings.some((finding) => finding.severity === 'error') ? ' field-invalid' : ''}`, dataset: { field: field.key } },
    h('label', { className: 'field-name', text: field.key, attrs: { for: control.id } }),
    h('div', { className: 'field-control' }, control, field.unit && field.control === 'number' ? h('span', { className: 'unit', text: field.unit }) : null),
    h('div', { className: 'field-help' }, [field.description, defaultText, limitText].filter(Boolean).join(' · ')),
    limit ? h('div', { className: 'field-notes', text: `Notes, ${limit.section}: “${limit.quote}”` }) : null,
    message,
  );
}

let nextControlId = 1;

function controlFor(field: ConfigField, value: unknown, apply: (input: string | boolean | string[]) => void): HTMLElement {
  const id = `field-${nextControlId++}`;
  const effective = value ?? field.defaultValue;
  switch (field.control) {
    case 'boolean': {
      const input = h('input', { attrs: { type: 'checkbox', id, name: field.key } });
      input.checked = effective === true;
      input.addEventListener('change', () => apply(input.checked));
      return input;
    }
    case 'select': {
      const select = h('select', { attrs: { id, name: field.key } });
      if (field.defaultValue === undefined) select.append(h('option', { text: '(not set)', attrs: { value: '' } }));
      for (const option of field.options) select.append(h('option', { text: option, attrs: { value: option } }));
      select.value = effective === undefined ? '' : String(effective);
      select.addEventListener('change', () => apply(select.value));
      return select;
    }
    case 'multi': {
      const chosen = new Set(Array.isArray(effective) ? effective.map(String) : []);
      const box = h('div', { className: 'multi', attrs: { id } });
      for (const option of field.options) {
        const input = h('input', { attrs: { type: 'checkbox', value: option } });
        input.checked = chosen.has(option);
        input.addEventListener('change', () => apply([...box.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value)));
        box.append(h('label', { className: 'multi-option' }, input, option));
      }
      return box;
    }
    default: {
      const input = h('input', {
        attrs: {
          id,
          name: field.key,
          type: field.control === 'number' ? 'number' : 'text',
          placeholder: field.defaultValue !== undefined ? formatDefault(field.defaultValue) : '',
          ...(field.control === 'number' && field.integer ? { step: '1' } : {}),
          ...(field.limit?.min !== undefined ? { min: String(field.limit.min) } : {}),
          ...(field.limit?.max !== undefined ? { max: String(field.limit.max) } : {}),
        },
      });
      input.value = formatFieldValue(field, value);
      input.addEventListener('change', () => apply(input.value));
      return input;
    }
  }
}

function formatDefault(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
