import type { TemplateFormat } from '../bridge.ts';
import { h } from './dom.ts';

/** A modal over the workspace; Escape or Close removes it. Actions sit beside Close. */
function modal(title: string, testId: string, body: HTMLElement[], actions: HTMLElement[]): HTMLElement {
  const close = h('button', { text: 'Close', on: { click: () => backdrop.remove() } });
  const backdrop = h(
    'div',
    { className: 'modal-backdrop' },
    h('div', { className: 'modal', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': title }, dataset: { testid: testId } }, h('h2', { text: title }), ...body, h('div', { className: 'modal-actions' }, ...actions, close)),
  );
  backdrop.addEventListener('click', (event) => {
    if (event.target === backdrop) backdrop.remove();
  });
  return backdrop;
}

/** Export as CloudFormation: plain CloudFormation or AWS SAM, saved as YAML. */
export function templateExportDialog(download: (format: TemplateFormat) => void): HTMLElement {
  const option = (format: TemplateFormat, label: string, detail: string, checked: boolean) =>
    h(
      'label',
      { className: 'choice' },
      h('input', { attrs: { type: 'radio', name: 'template-format', value: format, ...(checked ? { checked: '' } : {}) }, dataset: { format } }),
      h('span', {}, h('strong', { text: label }), h('span', { className: 'muted small', text: ` ${detail}` })),
    );
  const formats = h(
    'fieldset',
    { className: 'choices' },
    h('legend', { text: 'Template format' }),
    option('cloudformation', 'CloudFormation', 'every resource spelled out, with its IAM roles and event source mappings', true),
    option('sam', 'AWS SAM', 'functions as AWS::Serverless::Function with their sources as Events', false),
  );
  const chosen = (): TemplateFormat => (formats.querySelector<HTMLInputElement>('input:checked')?.value === 'sam' ? 'sam' : 'cloudformation');
  const save = h('button', { className: 'primary', text: 'Download YAML', dataset: { action: 'download-template' }, on: { click: () => download(chosen()) } });
  const dialog = modal(
    'Export as CloudFormation',
    'template-export',
    [h('p', { className: 'muted', text: 'A template you can deploy: each component becomes its resource, each connection the wiring AWS needs. Game settings and positions go into Metadata, so opening the template brings this design back.' }), formats],
    [save],
  );
  return dialog;
}

/** The share link, ready to copy. */
export function shareDialog(url: string, copy: (url: string) => Promise<boolean>): HTMLElement {
  const field = h('input', { className: 'share-url', attrs: { type: 'text', readonly: '', value: url, 'aria-label': 'Link to this design' }, dataset: { testid: 'share-url' } });
  const status = h('span', { className: 'muted small', attrs: { role: 'status' } });
  const copyButton = h('button', {
    className: 'primary',
    text: 'Copy link',
    dataset: { action: 'copy-share-url' },
    on: {
      click: async () => {
        field.select();
        status.textContent = (await copy(url)) ? 'Copied.' : 'Select the link and copy it (Ctrl+C).';
      },
    },
  });
  const dialog = modal(
    'Share this design',
    'share',
    [h('p', { className: 'muted', text: 'The whole design travels inside the link: whoever opens it sees the same canvas. Nothing is uploaded.' }), field],
    [status, copyButton],
  );
  queueMicrotask(() => field.select());
  return dialog;
}
