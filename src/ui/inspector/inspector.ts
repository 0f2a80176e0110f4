import {
  acceptanceFor,
  acceptancesBetween,
  componentFor,
  type DesignEdge,
  type DesignNode,
  type EdgeRole,
  edgeKey,
  type Finding,
  runRules,
} from '../../bridge.ts';
import { iconUrl } from '../../game/icons.ts';
import type { EditorModel } from '../../game/model/editor-model.ts';
import { clear, h } from '../dom.ts';
import { type ConfigField, configFields } from './config-fields.ts';
import { fieldRow } from './field-row.ts';

/**
 * The selected node's or edge's config as a form generated from the catalog schema: AWS defaults,
 * units, limits (from the rules) and help; a value a rule forbids shows that rule's message beside
 * the field.
 */
export class Inspector {
  readonly element = h('div', { className: 'inspector' });
  private renderedFor = '';

  constructor(private readonly model: EditorModel) {}

  /** Re-renders only when what it shows changed, so typing is never interrupted by a redraw. */
  refresh(force = false): void {
    const { design, selection } = this.model;
    const node = selection.nodes.length === 1 && selection.edges.length === 0 ? design.nodes.find((n) => n.id === selection.nodes[0]) : undefined;
    const edge = selection.edges.length === 1 && selection.nodes.length === 0 ? design.edges.find((e) => edgeKey(e) === selection.edges[0]) : undefined;
    const findings = node || edge ? runRules(design).filter((finding) => (node ? finding.nodes.includes(node.id) : finding.edges.includes(edgeKey(edge!)))) : [];
    const signature = JSON.stringify([
      selection,
      node && { id: node.id, kind: node.kind, label: node.label, config: node.config },
      edge,
      edge && design.nodes.filter((n) => n.id === edge.from || n.id === edge.to).map((n) => n.kind),
      findings.map((finding) => [finding.rule, finding.message, finding.property]),
    ]);
    if (!force && signature === this.renderedFor) return;
    this.renderedFor = signature;
    clear(this.element);
    if (node) this.renderNode(node, findings);
    else if (edge) this.renderEdge(edge, findings);
    else if (selection.nodes.length + selection.edges.length > 1) this.renderMany(selection.nodes.length, selection.edges.length);
    else this.renderNothing();
  }

  private renderNothing(): void {
    this.element.append(
      h('p', { className: 'muted', text: 'Select a component or a connection to see its settings.' }),
      h(
        'ul',
        { className: 'tips' },
        h('li', { text: 'Drag a component from the list on the left onto the canvas.' }),
        h('li', { text: 'Drag from the green dot on a card to another card to connect them.' }),
        h('li', { text: 'Shift-click or shift-drag to select several; drag the background to pan; scroll to zoom.' }),
        h('li', { text: 'Delete removes the selection; Ctrl+Z undoes, Ctrl+Shift+Z redoes; arrow keys nudge.' }),
      ),
    );
  }

  private renderMany(nodes: number, edges: number): void {
    const parts = [nodes ? `${nodes} component${nodes === 1 ? '' : 's'}` : '', edges ? `${edges} connection${edges === 1 ? '' : 's'}` : ''].filter(Boolean);
    this.element.append(
      h('h3', { className: 'inspector-title', text: `${parts.join(' and ')} selected` }),
      h('button', { className: 'danger', text: 'Delete selection', on: { click: () => this.deleteSelection() } }),
    );
  }

  private renderNode(node: DesignNode, findings: Finding[]): void {
    const definition = componentFor(node.kind);
    const url = definition ? iconUrl(definition.icon) : undefined;
    this.element.append(
      h(
        'div',
        { className: 'inspector-head' },
        url ? h('img', { className: 'inspector-icon', attrs: { src: url, alt: '' } }) : null,
        h('div', {}, h('h3', { className: 'inspector-title', text: node.label ?? node.id, dataset: { testid: 'inspector-title' } }), h('div', { className: 'muted small', text: `${node.label ? `${node.id} · ` : ''}${definition?.label ?? 'Unknown kind'} · ${node.kind}` })),
      ),
    );
    if (!definition) {
      this.element.append(h('p', { className: 'field-error', text: `Cloudwright has no component of kind ${node.kind}.` }));
      return;
    }
    const label = h('input', { attrs: { type: 'text', id: 'node-label', maxlength: '200', placeholder: node.id } });
    label.value = node.label ?? '';
    label.addEventListener('change', () => this.model.run('setNodeLabel', { id: node.id, ...(label.value.trim() ? { label: label.value.trim() } : {}) }));
    this.element.append(
      h('p', { className: 'summary', text: definition.summary }),
      h('p', { className: 'muted small', text: `Taught in the notes under “${definition.section}”.` }),
      h('div', { className: 'field', dataset: { field: 'label' } }, h('label', { className: 'field-name', text: 'label', attrs: { for: 'node-label' } }), h('div', { className: 'field-control' }, label), h('div', { className: 'field-help', text: 'What the canvas shows instead of the id.' })),
    );
    this.renderGeneral(findings, new Set(configFields(definition.config).map((field) => field.key)));
    this.renderFields(configFields(definition.config, node.kind), node.config ?? {}, findings, (key, value) => this.model.run('setNodeConfig', { id: node.id, key, value }));
    this.element.append(h('button', { className: 'danger', text: 'Delete component', on: { click: () => this.deleteSelection() } }));
  }

  private renderEdge(edge: DesignEdge, findings: Finding[]): void {
    const { design } = this.model;
    const fromKind = design.nodes.find((n) => n.id === edge.from)?.kind ?? '';
    const toKind = design.nodes.find((n) => n.id === edge.to)?.kind ?? '';
    const key = edgeKey(edge);
    const acceptance = acceptanceFor(fromKind, toKind, edge.role);
    const options = acceptancesBetween(fromKind, toKind);
    this.element.append(
      h('h3', { className: 'inspector-title', text: `${edge.from} → ${edge.to}`, dataset: { testid: 'inspector-title' } }),
      h('p', { className: 'summary', text: acceptance ? `${edge.from} ${acceptance.verb} ${edge.to}.` : 'AWS offers no such connection.' }),
    );
    if (options.length > 1 || (options.length === 1 && !acceptance)) {
      const select = h(
        'select',
        { attrs: { 'aria-label': 'Role' }, on: { change: () => this.model.run('setEdgeRole', { edge: key, role: (select.value || undefined) as EdgeRole | undefined }) } },
        ...options.map((option) => {
          const element = h('option', { text: `${option.role ?? 'no role'} — ${option.verb}`, attrs: { value: option.role ?? '' } });
          element.selected = option.role === edge.role;
          return element;
        }),
      );
      this.element.append(h('label', { className: 'field' }, h('span', { className: 'field-name', text: 'role' }), select));
    }
    this.renderGeneral(findings, new Set(acceptance?.config ? configFields(acceptance.config).map((field) => field.key) : []));
    if (acceptance?.config) {
      this.renderFields(configFields(acceptance.config), edge.config ?? {}, findings, (property, value) => this.model.run('setEdgeConfig', { edge: key, key: property, value }));
    } else this.element.append(h('p', { className: 'muted small', text: 'This connection has no settings.' }));
    this.element.append(h('button', { className: 'danger', text: 'Delete connection', on: { click: () => this.deleteSelection() } }));
  }

  /** Findings about the selected part that no single field explains. */
  private renderGeneral(findings: Finding[], fieldKeys: Set<string>): void {
    const general = findings.filter((finding) => !finding.property || !fieldKeys.has(finding.property));
    if (general.length === 0) return;
    this.element.append(
      h('div', { className: 'inspector-findings' }, ...general.map((finding) => h('p', { className: `field-${finding.severity === 'error' ? 'error' : 'warning'}`, text: finding.message }))),
    );
  }

  private renderFields(fields: ConfigField[], config: Record<string, unknown>, findings: Finding[], set: (key: string, value: unknown) => void): void {
    const groups: Array<[string, ConfigField[]]> = [
      ['CloudFormation properties', fields.filter((field) => field.cloudFormation)],
      ['Game settings', fields.filter((field) => !field.cloudFormation)],
    ];
    for (const [title, group] of groups) {
      if (group.length === 0) continue;
      this.element.append(
        h('h4', { className: 'inspector-group', text: title }),
        ...group.map((field) =>
          fieldRow(
            field,
            config[field.key],
            findings.filter((finding) => finding.property === field.key),
            (value) => set(field.key, value),
          ),
        ),
      );
    }
  }

  private deleteSelection(): void {
    const { nodes, edges } = this.model.selection;
    this.model.run('removeParts', { nodes: [...nodes], edges: [...edges] });
  }
}
