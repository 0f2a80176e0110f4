import './author.css';
import { allComponents, CATEGORIES, type Design, type FileProblem, type PackCaseResult } from '../../bridge.ts';
import type { SandboxRunSummary } from '../../game/model/sandbox-run.ts';
import { h } from '../dom.ts';
import { downloadUrl } from '../file-io.ts';
import { TrafficPanel } from '../traffic-panel.ts';
import type { TrafficForm } from '../traffic-settings.ts';
import type { AuthorStore } from './author-store.ts';
import { checkPack } from './pack-check.ts';
import { zipPack } from './pack-zip.ts';
import { requirementList } from './requirement-editor.ts';
import { packFiles } from './scenario-document.ts';
import { fillTrafficForm } from './traffic-fields.ts';

export interface AuthorScreenDeps {
  store: AuthorStore;
  /** Opens the canvas editor on a design; `done` gets the design when the author comes back. */
  editDesign: (design: Design | undefined, title: string, done: (design: Design) => void) => void;
  /** Runs a design under the chosen traffic (the traffic panel's preview). */
  simulate: (design: Design, form: TrafficForm) => Promise<SandboxRunSummary>;
  /** Runs the pack's must-pass and must-fail designs from its files (in the engine's worker). */
  testPack: (files: Record<string, string>) => Promise<PackCaseResult[]>;
  back: () => void;
}

/**
 * Author mode: a scenario made in forms, its designs drawn on the canvas, checked on every change
 * (the pack loader's problems by file and field path), tested like `cloudwright pack test`, and
 * downloaded as a pack folder in a .zip. Every change is autosaved.
 */
export function authorScreen(deps: AuthorScreenDeps): HTMLElement {
  const loaded = deps.store.load();
  const work = loaded.work;
  const screen = h('div', { className: 'author-screen', dataset: { testid: 'author-screen' } });
  const status = h('p', { className: 'muted small', attrs: { role: 'status' }, dataset: { testid: 'author-status' }, text: loaded.problem ?? '' });
  const problems = h('div', { className: 'author-problems', attrs: { 'aria-live': 'polite' }, dataset: { testid: 'author-problems' } });
  const testResults = h('div', { className: 'author-tests', attrs: { 'aria-live': 'polite' }, dataset: { testid: 'pack-test-results' } });

  const check = () => {
    const result = checkPack(work);
    problems.dataset.valid = String(result.ok);
    problems.replaceChildren(
      result.ok
        ? h('p', { className: 'ok-text', text: 'The pack is sound as cloudwright pack lint checks it (fact ids and notes quotes are checked by the command line, which has the fact-check table and the notes).' })
        : h('ul', { className: 'problems' }, ...result.problems.map((problem) => problemItem(problem))),
    );
  };
  const changed = () => {
    const failed = deps.store.save(work);
    status.textContent = failed ?? 'Saved in this browser.';
    check();
  };
  const redraw = () => {
    changed();
    render();
  };

  const render = () => {
    screen.replaceChildren(
      h(
        'header',
        { className: 'author-header' },
        h('button', { text: '← Back', dataset: { action: 'back' }, attrs: { type: 'button' }, on: { click: deps.back } }),
        h('h1', { text: 'Author a scenario' }),
        status,
      ),
      h(
        'div',
        { className: 'author-columns' },
        h(
          'form',
          { className: 'author-form', attrs: { novalidate: '', 'aria-label': 'The scenario' }, on: { submit: (event) => event.preventDefault() } },
          section('Pack', text(work.pack, 'id', 'pack.id', 'Pack id'), text(work.pack, 'title', 'pack.title', 'Pack title'), text(work.pack, 'author', 'pack.author', 'Author')),
          section(
            'Scenario',
            text(work, 'id', 'id', 'Id'),
            text(work, 'title', 'title', 'Title'),
            text(work, 'chapter', 'chapter', 'Chapter'),
            difficulty(),
            text(work, 'brief', 'brief', 'Brief', true),
          ),
          section('Objectives', objectives()),
          section('Palette', palette()),
          section('Traffic and faults', traffic()),
          section('Requirements', requirementList('requirements', work.requirements, { changed, structure: redraw })),
          section('Bonus goals (at most two)', requirementList('bonus', work.bonus, { changed, structure: redraw })),
          section('Hints', hints()),
        ),
        h(
          'aside',
          { className: 'author-side' },
          section('Designs', designs()),
          section('Checks', problems),
          section(
            'Pack tests',
            h('button', { className: 'primary', text: 'Test pack', dataset: { action: 'test-pack' }, attrs: { type: 'button' }, on: { click: () => void testPack() } }),
            testResults,
          ),
          section('Download', h('button', { text: 'Download pack (.zip)', dataset: { action: 'download-pack' }, attrs: { type: 'button' }, on: { click: download } })),
        ),
      ),
    );
    check();
  };

  const text = <T extends object>(target: T, key: keyof T & string, field: string, label: string, long = false) => {
    const input = long
      ? h('textarea', { attrs: { rows: '5', 'aria-label': label }, dataset: { field } })
      : h('input', { attrs: { type: 'text', 'aria-label': label }, dataset: { field } });
    input.value = String(target[key] ?? '');
    input.addEventListener('input', () => {
      (target as Record<string, unknown>)[key] = input.value;
      changed();
    });
    return h('label', { className: 'author-row' }, h('span', { text: label }), input);
  };

  const difficulty = () => {
    const input = h('input', { attrs: { type: 'number', min: '1', max: '5', step: '1', value: String(work.difficulty), 'aria-label': 'Difficulty' }, dataset: { field: 'difficulty' } });
    input.addEventListener('input', () => {
      work.difficulty = Number(input.value);
      changed();
    });
    return h('label', { className: 'author-row' }, h('span', { text: 'Difficulty (1–5)' }), input);
  };

  const objectives = () =>
    h(
      'div',
      { className: 'author-list' },
      ...work.objectives.map((objective, index) =>
        h(
          'fieldset',
          { className: 'author-item' },
          text(objective, 'text', `objectives.${index}.text`, 'What the level teaches'),
          text(objective, 'section', `objectives.${index}.section`, 'Notes section'),
          text(objective, 'facts', `objectives.${index}.facts`, 'Fact ids (comma-separated)'),
          removeButton(() => work.objectives.splice(index, 1)),
        ),
      ),
      addButton('Add objective', 'add-objective', () => work.objectives.push({ text: '', section: '', facts: '' })),
    );

  const palette = () => {
    const components = allComponents();
    return h(
      'div',
      { className: 'author-palette' },
      ...CATEGORIES.map((category) => {
        const inCategory = components.filter((component) => component.category === category);
        if (inCategory.length === 0) return null;
        return h(
          'fieldset',
          { className: 'author-item' },
          h('legend', { text: category }),
          ...inCategory.map((component) => {
            const box = h('input', { attrs: { type: 'checkbox' }, dataset: { paletteKind: component.kind } });
            box.checked = work.palette.includes(component.kind);
            box.addEventListener('change', () => {
              work.palette = box.checked ? [...work.palette, component.kind] : work.palette.filter((kind) => kind !== component.kind);
              changed();
            });
            return h('label', { className: 'author-check', title: component.kind }, box, h('span', { text: ` ${component.label}` }));
          }),
        );
      }),
    );
  };

  const previewDesign = () => work.pass[0]?.design ?? work.start;
  const traffic = () => {
    const panel = new TrafficPanel({
      nodes: () => [...(work.start?.nodes ?? []), ...work.pass.flatMap((test) => test.design.nodes)],
      run: (form) => {
        const design = previewDesign();
        if (!design) return Promise.reject(new Error('draw the starting design or a must-pass design first: the run needs a design'));
        return deps.simulate(design, form);
      },
    });
    panel.refresh();
    fillTrafficForm(panel.element, work.traffic);
    const read = () => {
      work.traffic = panel.read();
      changed();
    };
    panel.element.addEventListener('input', read);
    panel.element.addEventListener('change', read);
    return panel.element;
  };

  const hints = () =>
    h(
      'div',
      { className: 'author-list' },
      ...work.hints.map((_, index) => {
        const input = h('textarea', { attrs: { rows: '2', 'aria-label': `Hint ${index + 1}` }, dataset: { field: `hints.${index}` } });
        input.value = work.hints[index] ?? '';
        input.addEventListener('input', () => {
          work.hints[index] = input.value;
          changed();
        });
        return h('div', { className: 'author-item' }, input, removeButton(() => work.hints.splice(index, 1)));
      }),
      addButton('Add hint', 'add-hint', () => work.hints.push('')),
    );

  const designs = () =>
    h(
      'div',
      { className: 'author-designs' },
      h(
        'div',
        { className: 'author-item' },
        h('p', { text: work.start ? `Starting design: ${work.start.nodes.length} component(s)` : 'No starting design: the level begins empty.' }),
        h('button', { text: 'Edit starting design', dataset: { action: 'edit-start' }, attrs: { type: 'button' }, on: { click: () => edit(work.start, 'Starting design', (design) => (work.start = design)) } }),
        work.start ? removeButton(() => delete work.start) : null,
      ),
      h('h3', { className: 'section-title', text: 'Must pass' }),
      ...work.pass.map((test, index) =>
        h(
          'div',
          { className: 'author-item', dataset: { case: `pass.${index}` } },
          text(test, 'name', `pass.${index}.name`, 'Name'),
          h('button', { text: 'Edit design', dataset: { action: 'edit-design' }, attrs: { type: 'button' }, on: { click: () => edit(test.design, test.name, (design) => (test.design = design)) } }),
          removeButton(() => work.pass.splice(index, 1)),
        ),
      ),
      h('button', {
        text: 'Add must-pass design',
        dataset: { action: 'add-pass' },
        attrs: { type: 'button' },
        on: { click: () => edit(work.start, 'A design that must pass', (design) => work.pass.push({ name: `passes ${work.pass.length + 1}`, design })) },
      }),
      h('h3', { className: 'section-title', text: 'Must fail' }),
      ...work.fail.map((test, index) =>
        h(
          'div',
          { className: 'author-item', dataset: { case: `fail.${index}` } },
          text(test, 'name', `fail.${index}.name`, 'Name'),
          text(test, 'failsWith', `fail.${index}.failsWith`, 'Fails with (requirement or rule id)'),
          h('button', { text: 'Edit design', dataset: { action: 'edit-design' }, attrs: { type: 'button' }, on: { click: () => edit(test.design, test.name, (design) => (test.design = design)) } }),
          removeButton(() => work.fail.splice(index, 1)),
        ),
      ),
      h('button', {
        text: 'Add must-fail design',
        dataset: { action: 'add-fail' },
        attrs: { type: 'button' },
        on: {
          click: () =>
            edit(work.start, 'A design that must fail', (design) => work.fail.push({ name: `fails ${work.fail.length + 1}`, failsWith: String(work.requirements[0]?.id ?? ''), design })),
        },
      }),
    );

  /** The canvas editor takes over the page; the design comes back here, saved. */
  const edit = (design: Design | undefined, title: string, store: (design: Design) => void) => {
    deps.editDesign(design, title, (edited) => {
      store(edited);
      deps.store.save(work);
    });
  };

  const removeButton = (remove: () => void) =>
    h('button', {
      text: 'Remove',
      dataset: { action: 'remove' },
      attrs: { type: 'button' },
      on: {
        click: () => {
          remove();
          redraw();
        },
      },
    });
  const addButton = (label: string, action: string, add: () => void) =>
    h('button', {
      text: label,
      dataset: { action },
      attrs: { type: 'button' },
      on: {
        click: () => {
          add();
          redraw();
        },
      },
    });

  const testPack = async () => {
    const loadedPack = checkPack(work);
    if (!loadedPack.ok) {
      testResults.replaceChildren(h('p', { className: 'field-error', text: 'The pack is not sound yet: fix the problems under Checks first.' }));
      return;
    }
    testResults.replaceChildren(h('p', { className: 'muted', text: 'Running the must-pass and must-fail designs…' }));
    try {
      const results = await deps.testPack(packFiles(work));
      testResults.replaceChildren(results.length === 0 ? h('p', { className: 'muted', text: 'No must-pass or must-fail design yet: add one under Designs.' }) : h('ul', { className: 'case-results' }, ...results.map((result, index) => caseItem(result, index))));
      testResults.dataset.passed = String(results.every((result) => result.ok));
    } catch (error) {
      testResults.replaceChildren(h('p', { className: 'field-error', text: `The tests stopped: ${error instanceof Error ? error.message : String(error)}` }));
    }
  };

  const download = () => {
    const bytes = zipPack(work.pack.id, packFiles(work));
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
    downloadUrl(url, `${work.pack.id}.zip`);
  };

  render();
  return screen;
}

function section(title: string, ...children: HTMLElement[]): HTMLElement {
  return h('section', { className: 'author-section' }, h('h2', { className: 'section-title', text: title }), ...children);
}

function problemItem(problem: FileProblem): HTMLElement {
  const where = [problem.file, problem.path].filter((part) => part && part !== '').join(': ');
  return h('li', { dataset: { path: problem.path } }, h('code', { text: where }), h('span', { text: ` ${problem.message}` }));
}

/** One case as `cloudwright pack test` prints it: PASS or FAIL, the case, and why. */
function caseItem(result: PackCaseResult, index: number): HTMLElement {
  const expectation = result.expect === 'pass' ? 'must pass' : `must fail with ${result.failsWith}`;
  return h(
    'li',
    { className: result.ok ? 'ok-text' : 'field-error', dataset: { case: `${result.expect}.${index}`, ok: String(result.ok) } },
    h('strong', { text: result.ok ? 'PASS' : 'FAIL' }),
    h('span', { text: ` ${result.name} (${expectation}): ${result.reason}` }),
  );
}
