import { h } from './dom.ts';

export interface TopbarActions {
  back: () => void;
  undo: () => void;
  redo: () => void;
  import: () => void;
  exportYaml: () => void;
  exportJson: () => void;
  exportTemplate: () => void;
  share: () => void;
  exportPng: () => void;
  validate: () => void;
  /** Sandbox only: read a CloudFormation or SAM template onto the canvas. */
  importTemplate?: () => void;
  /** Level only. */
  restart?: () => void;
  hint?: () => void;
}

export interface Topbar {
  element: HTMLElement;
  undo: HTMLButtonElement;
  redo: HTMLButtonElement;
  validate: HTMLButtonElement;
}

export function actionButton(action: string, label: string, title: string, onClick: () => void, className = ''): HTMLButtonElement {
  return h('button', { className, text: label, title, dataset: { action }, on: { click: onClick } });
}

/** The bar above a level or the sandbox: back, the title, the save status and the main buttons. */
export function createTopbar(title: string, inLevel: boolean, status: HTMLElement, actions: TopbarActions): Topbar {
  const undo = actionButton('undo', '↶ Undo', 'Undo (Ctrl+Z)', actions.undo);
  const redo = actionButton('redo', '↷ Redo', 'Redo (Ctrl+Shift+Z)', actions.redo);
  const validate = actionButton('validate', 'Validate', inLevel ? 'Check the design and run the level’s traffic' : 'Check the design against every rule', actions.validate, 'primary');
  const element = h(
    'header',
    { className: 'topbar' },
    actionButton('back', inLevel ? '← Levels' : '← Menu', inLevel ? 'Back to the campaign' : 'Back to the start screen', actions.back, 'ghost'),
    h('div', { className: 'topbar-title' }, h('span', { className: 'brand', text: 'Cloudwright' }), h('span', { className: 'level-name', text: title, title })),
    status,
    h(
      'div',
      { className: 'toolbar' },
      undo,
      redo,
      actionButton('import', 'Import', 'Load a design file (YAML or JSON)', actions.import),
      actionButton('export', 'Export', 'Download the design as YAML', actions.exportYaml),
      actionButton('export-json', 'JSON', 'Download the design as JSON', actions.exportJson),
      actions.importTemplate ? actionButton('import-template', 'Open template', 'Open a CloudFormation or SAM template in the sandbox', actions.importTemplate) : null,
      actionButton('export-cloudformation', 'CloudFormation', 'Download the design as a CloudFormation or SAM template', actions.exportTemplate),
      actionButton('share', 'Share', 'A link that opens this design', actions.share),
      actionButton('export-png', 'PNG', 'Download a picture of the canvas', actions.exportPng),
      actions.restart ? actionButton('restart', 'Restart', 'Start the level again from its starting design (undo brings your design back)', actions.restart) : null,
      actions.hint ? actionButton('hint', 'Hint', 'Reveal the next hint', actions.hint) : null,
      validate,
    ),
  );
  return { element, undo, redo, validate };
}
