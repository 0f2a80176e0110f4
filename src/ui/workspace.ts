import type Phaser from 'phaser';
import { createActor } from 'xstate';
import { componentFor, type Design, describeProblem, emptyDesign, type LevelVerdict, type LoadResult, loadDesignValue, runRules, type Scenario } from '../bridge.ts';
import { createCanvas } from '../game/create-game.ts';
import type { EngineClient } from '../game/engine-client.ts';
import { editorMachine } from '../game/machines/editor-machine.ts';
import { sessionMachine } from '../game/machines/session-machine.ts';
import { EditorModel, type Parts } from '../game/model/editor-model.ts';
import { withPositions } from '../game/model/layout.ts';
import { buildReplay } from '../game/model/replay.ts';
import type { CanvasScene } from '../game/scenes/canvas-scene.ts';
import { Autosave } from './autosave.ts';
import { BriefPanel } from './brief-panel.ts';
import { CanvasOutline, connectDialog } from './canvas-outline.ts';
import { debriefDialog } from './debrief.ts';
import { h } from './dom.ts';
import { downloadDesign, downloadUrl, fileSlug, pickDesignFile } from './file-io.ts';
import { Inspector } from './inspector/inspector.ts';
import { createPalette } from './palette.ts';
import { problemsDialog } from './problems-dialog.ts';
import { ReplayTimeline } from './replay-timeline.ts';
import { ResultsPanel } from './results-panel.ts';
import { roleChooser } from './role-chooser.ts';
import { bindShortcuts } from './shortcuts.ts';
import { shareDialog, templateExportDialog } from './share-dialogs.ts';
import { shareUrl } from './share-link.ts';
import { SidePanel } from './side-panel.ts';
import type { ProgressStore, SaveSlots } from './storage.ts';
import { downloadTemplate, pickTemplateFile } from './template-io.ts';
import { Toasts } from './toasts.ts';
import { TrafficPanel } from './traffic-panel.ts';
import { settingsFromForm } from './traffic-settings.ts';
import { actionButton, createTopbar } from './topbar.ts';

export interface WorkspaceOptions {
  engine: EngineClient;
  slots: SaveSlots;
  progress: ProgressStore;
  /** A campaign level; undefined opens the sandbox. */
  level?: { scenario: Scenario; chapterTitle: string; progressKey: string; next?: () => void };
  exit: () => void;
  /** A design from a share link: opened over the saved one (undo brings that back), or its problems shown. */
  shared?: LoadResult<Design>;
}

export interface Workspace {
  model: EditorModel;
  scene: CanvasScene;
  /** Replaces the design as an import would: validated first, unchanged when invalid. */
  loadDesign: (document: unknown) => LoadResult<Design>;
  dispose: () => void;
}

type Tab = 'brief' | 'inspector' | 'results' | 'traffic';

/** A level or the sandbox: palette, canvas, and the brief, inspector and results beside it. */
export async function openWorkspace(root: HTMLElement, options: WorkspaceOptions): Promise<Workspace> {
  const { level, slots } = options;
  const scenario = level?.scenario;
  const slot = scenario ? `level.${level.progressKey}` : 'sandbox';
  const toasts = new Toasts();

  const saved = slots.load(slot);
  if (saved.problem) toasts.show({ tone: 'warning', title: 'Saved design set aside', lines: [saved.problem], testId: 'storage-problem' });
  const start = saved.design ?? scenario?.start?.design ?? emptyDesign(scenario ? scenario.title : 'Sandbox');
  const model = new EditorModel(withPositions(start));
  const editor = createActor(editorMachine, { input: { model } }).start();
  const session = createActor(sessionMachine, {
    input: {
      mode: scenario ? 'level' : 'sandbox',
      hintCount: scenario?.hints.length ?? 0,
      currentDesign: () => model.design,
      validate: (design, onStage) => options.engine.validate(design, scenario, onStage),
      ...(scenario ? {} : { liveFindings: (design: Design) => runRules(design) }),
      onPassed: (stars) => {
        const recorded = options.progress.record(level!.progressKey, stars);
        if (!recorded.ok) toasts.show({ tone: 'warning', title: 'Progress not saved', lines: [recorded.message] });
      },
    },
  }).start();

  // Layout.
  const highlight = (parts: Parts) => {
    model.setHighlight(parts);
    model.select({ nodes: [], edges: [] });
  };
  const inspector = new Inspector(model);
  const results = new ResultsPanel(highlight);
  const revealHint = () => {
    session.send({ type: 'hint' });
    showTab('brief');
    brief?.element.querySelector('.hints')?.scrollIntoView({ block: 'end' });
  };
  const brief = scenario ? new BriefPanel(scenario, level.chapterTitle, { start: () => session.send({ type: 'start' }), hint: revealHint }) : undefined;
  const canvasHost = h('div', { className: 'canvas-host', dataset: { testid: 'canvas' } });
  const side = new SidePanel<Tab>();
  const showTab = (id: Tab) => side.show(id);
  if (brief) side.add('brief', 'Brief', brief.element);
  side.add('inspector', 'Inspector', inspector.element);
  side.add('results', scenario ? 'Results' : 'Findings', results.element);
  // The sandbox has no level's traffic: the player chooses it here.
  const traffic = scenario ? undefined : new TrafficPanel({ nodes: () => model.design.nodes, run: (form) => options.engine.simulate(model.design, settingsFromForm(form)) });
  if (traffic) side.add('traffic', 'Traffic', traffic.element);

  const autosave = new Autosave(model, slots, slot, (message) => toasts.show({ tone: 'warning', title: 'Autosave failed', lines: [message], testId: 'storage-problem' }));
  const topbar = createTopbar(scenario ? scenario.title : 'Sandbox', scenario !== undefined, autosave.status, {
    back: options.exit,
    undo: () => editor.send({ type: 'undo' }),
    redo: () => editor.send({ type: 'redo' }),
    import: () => importDesign(),
    exportYaml: () => downloadDesign(model.design, 'yaml'),
    exportJson: () => downloadDesign(model.design, 'json'),
    exportTemplate: () => layout.append(templateExportDialog((format) => void downloadTemplate(model.design, format))),
    share: () => layout.append(shareDialog(shareUrl(model.design, location, scenario?.id), copyText)),
    exportPng: () => exportPng(),
    ...(scenario ? {} : { importTemplate: () => openTemplate() }),
    validate: () => validate(),
    ...(scenario
      ? {
          restart: () => {
            model.run('replaceDesign', { design: withPositions(scenario.start?.design ?? emptyDesign(scenario.title)) });
            scene.fitToDesign();
          },
          hint: revealHint,
        }
      : {}),
  });
  const zoom = h(
    'div',
    { className: 'zoom-controls' },
    actionButton('zoom-in', '+', 'Zoom in', () => scene.zoomBy(1.2)),
    actionButton('zoom-out', '−', 'Zoom out', () => scene.zoomBy(1 / 1.2)),
    actionButton('fit', 'Fit', 'Show the whole design', () => scene.fitToDesign()),
  );
  // Screen readers hear what changed: a part added or connected, a validation's outcome.
  const announcer = h('div', { className: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' }, dataset: { testid: 'announcer' } });
  const announce = (text: string) => {
    announcer.textContent = text;
  };
  const focusInspector = () => {
    showTab('inspector');
    inspector.element.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };
  const openConnect = (from: string) => {
    const design = model.design;
    const label = (id: string) => design.nodes.find((node) => node.id === id)?.label ?? id;
    const targets = design.nodes.filter((node) => node.id !== from).map((node) => ({ id: node.id, label: `${label(node.id)} (${componentFor(node.kind)?.label ?? node.kind})` }));
    const dialog = connectDialog(
      label(from),
      targets,
      (to) => {
        dialog.remove();
        const before = model.design.edges.length;
        editor.send({ type: 'connect', from, to });
        if (chooser) chooser.querySelector<HTMLElement>('button')?.focus();
        else {
          if (model.design.edges.length > before) announce(`Connected ${label(from)} to ${label(to)}.`);
          outline.focusNode(from);
        }
      },
      () => {
        dialog.remove();
        outline.focusNode(from);
      },
    );
    layout.append(dialog);
  };
  const outline = new CanvasOutline(model, { inspect: focusInspector, connectFrom: openConnect });
  const stage = h('div', { className: 'stage' }, outline.element, canvasHost, zoom, toasts.element, announcer);
  const palette = createPalette({
    ...(scenario ? { allowed: scenario.palette } : {}),
    onDrop: (kind, pageX, pageY) => {
      const world = scene.worldAtPage(pageX, pageY);
      if (world) editor.send({ type: 'palette.drop', kind, world });
      return world !== undefined;
    },
    onPick: (kind) => {
      editor.send({ type: 'palette.drop', kind, world: scene.centreWorld() });
      const added = model.selection.nodes[0];
      if (added) announce(`Added ${componentFor(kind)?.label ?? kind} “${added}” in the middle of the canvas. Skip to the canvas to move or connect it.`);
    },
  });
  const skipToCanvas = h('button', { className: 'skip-link', text: 'Skip to the components on the canvas', dataset: { action: 'skip-to-canvas' }, on: { click: () => outline.focus() } });
  const layout = h('div', { className: 'workspace' }, skipToCanvas, topbar.element, h('main', { className: 'workspace-body' }, palette, stage, side.element));
  root.replaceChildren(layout);
  showTab(brief ? 'brief' : 'inspector');

  const { game, scene } = await createCanvas(canvasHost, { model, editor });

  // Model → autosave, session, panels.
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshToolbar = () => {
    topbar.undo.disabled = !model.canUndo;
    topbar.redo.disabled = !model.canRedo;
    topbar.undo.title = model.undoLabel ? `Undo ${model.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
    topbar.redo.title = model.redoLabel ? `Redo ${model.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
  };
  const unsubscribe = model.subscribe((change) => {
    if (change === 'design') {
      refreshToolbar();
      traffic?.refresh();
      // Dragging changes the design every frame: save and re-check once the gesture settles.
      if (editor.getSnapshot().value !== 'draggingNodes') autosave.save();
      clearTimeout(liveTimer);
      liveTimer = setTimeout(() => session.send({ type: 'design.changed' }), 120);
    }
    if (change === 'selection' && (model.selection.nodes.length > 0 || model.selection.edges.length > 0)) showTab('inspector');
    // The inspector re-checks the rules: once the drag settles, not on every frame of it.
    if (editor.getSnapshot().value !== 'draggingNodes') {
      inspector.refresh();
      if (change !== 'highlight') outline.render();
    }
  });
  let chooser: HTMLElement | undefined;
  const closeChooser = () => {
    chooser?.remove();
    chooser = undefined;
  };
  const editorStates = editor.subscribe((snapshot) => {
    if (snapshot.value === 'idle') {
      autosave.saveIfChanged();
      inspector.refresh();
      outline.render();
    }
    // A click elsewhere ends the role choice in the editor: the chooser goes with it.
    if (snapshot.value !== 'choosingRole') closeChooser();
  });
  refreshToolbar();
  inspector.refresh(true);
  traffic?.refresh();
  if (options.shared?.ok) {
    model.run('replaceDesign', { design: withPositions(options.shared.value) });
    scene.fitToDesign();
    toasts.show({ tone: 'success', title: 'Shared design opened', lines: ['Undo brings back the design you had here.'], duration: 5000, testId: 'shared-opened' });
  } else if (options.shared) {
    layout.append(problemsDialog('This link’s design cannot be opened', 'Your own design is unchanged. The link has these problems:', options.shared.problems));
  }

  // Editor notifications.
  const refusals = editor.on('refused', ({ from, to, message, why, fix }) => {
    toasts.show({ tone: 'error', title: `Connection refused: ${from} → ${to}`, lines: [message, `Why: ${why}`, `Fix: ${fix}`], duration: 9000, testId: 'refusal' });
  });
  const choices = editor.on('chooseRole', ({ from, to, options: roleOptions }) => {
    closeChooser();
    const at = scene.screenPosition(to) ?? { x: 200, y: 200 };
    const rect = stage.getBoundingClientRect();
    chooser = roleChooser(
      from,
      to,
      roleOptions,
      { x: at.x - rect.left + 20, y: at.y - rect.top - 20 },
      (role) => {
        editor.send({ type: 'role.chosen', role });
        closeChooser();
        announce(`Connected ${from} to ${to}${role ? ` as ${role}` : ''}.`);
        if (document.activeElement === document.body) outline.focusNode(from);
      },
      () => {
        editor.send({ type: 'cancel' });
        closeChooser();
      },
    );
    stage.append(chooser);
    chooser.querySelector<HTMLElement>('button')?.focus();
    // Keep the chooser inside the canvas, whichever edge the target node is near.
    chooser.style.left = `${Math.max(8, Math.min(chooser.offsetLeft, stage.clientWidth - chooser.offsetWidth - 8))}px`;
    chooser.style.top = `${Math.max(8, Math.min(chooser.offsetTop, stage.clientHeight - chooser.offsetHeight - 8))}px`;
  });

  // Session → panels.
  let debrief: HTMLElement | undefined;
  let announcedVerdict: unknown;
  let timeline: ReplayTimeline | undefined;
  let replayed: unknown;
  const closeTimeline = () => {
    timeline?.pause();
    timeline?.element.remove();
    timeline = undefined;
    scene.setPulses([]);
  };
  const renderSession = (snapshot: ReturnType<typeof session.getSnapshot>) => {
    const { context } = snapshot;
    // After a level's validation, its run on a timeline; an edit makes it stale, and it goes.
    if (context.verdictStale || snapshot.value === 'validating') {
      if (timeline) closeTimeline();
    } else if (scenario && context.verdict && context.verdict !== replayed) {
      replayed = context.verdict;
      closeTimeline();
      const replay = buildReplay([...context.verdict.requirements, ...context.verdict.bonus]);
      if (replay) {
        timeline = new ReplayTimeline(replay, {
          show: (frame, failure) => {
            scene.setPulses(frame.pulses);
            model.setHighlight(failure ? { nodes: failure.nodes, edges: failure.edges } : { nodes: frame.nodes, edges: frame.pulses.map((pulse) => pulse.edge) });
          },
          close: () => {
            scene.setPulses([]);
            model.setHighlight({ nodes: [], edges: [] });
            timeline = undefined;
          },
        });
        stage.append(timeline.element);
      }
    }
    if (context.verdict && context.verdict !== announcedVerdict && snapshot.value !== 'validating') {
      announcedVerdict = context.verdict;
      announce(verdictSentence(context.verdict, scenario !== undefined));
    }
    const validating = snapshot.value === 'validating';
    topbar.validate.disabled = validating;
    topbar.validate.textContent = validating ? 'Validating…' : 'Validate';
    results.render({
      validating,
      stale: context.verdictStale,
      ...(context.stage ? { stage: context.stage } : {}),
      ...(context.verdict ? { verdict: context.verdict } : {}),
      ...(context.error ? { error: context.error } : {}),
      ...(scenario ? {} : { live: context.findings }),
    });
    brief?.render({ started: snapshot.value !== 'brief', hintsShown: context.hintsShown, ...(context.verdict && !context.verdictStale ? { verdict: context.verdict } : {}) });
    if (!scenario) scene.setFlags(context.findings);
    if (snapshot.value === 'debrief' && !debrief && scenario && context.verdict) {
      debrief = debriefDialog(scenario.title, context.verdict, {
        keepBuilding: () => session.send({ type: 'keepBuilding' }),
        levels: options.exit,
        ...(level?.next ? { next: level.next } : {}),
      });
      layout.append(debrief);
    }
    if (snapshot.value !== 'debrief' && debrief) {
      debrief.remove();
      debrief = undefined;
    }
  };
  const sessionUpdates = session.subscribe(renderSession);
  renderSession(session.getSnapshot());

  const validate = () => {
    if (session.getSnapshot().value === 'brief') session.send({ type: 'start' });
    model.setHighlight({ nodes: [], edges: [] });
    clearTimeout(liveTimer);
    session.send({ type: 'design.changed' });
    session.send({ type: 'validate' });
    showTab('results');
  };

  const loadDesign = (document: unknown): LoadResult<Design> => {
    const loaded = loadDesignValue(document);
    if (loaded.ok) {
      model.run('replaceDesign', { design: withPositions(loaded.value) });
      scene.fitToDesign();
    }
    return loaded;
  };
  const openTemplate = async () => {
    const imported = await pickTemplateFile();
    if (!imported) return;
    if (!imported.ok) {
      layout.append(problemsDialog('This template cannot be opened', 'Nothing was changed. Fix these and open it again:', imported.problems));
      return;
    }
    model.run('replaceDesign', { design: withPositions(imported.design) });
    scene.fitToDesign();
    showTab('results');
    const { warnings } = imported;
    toasts.show({
      tone: warnings.length > 0 ? 'warning' : 'success',
      title: `Template opened: ${imported.design.nodes.length} components${warnings.length > 0 ? `, ${warnings.length} warnings` : ''}`,
      lines: [...warnings.slice(0, 6).map((warning) => describeProblem(warning)), ...(warnings.length > 6 ? [`and ${warnings.length - 6} more`] : []), 'Undo brings back the previous design.'],
      testId: 'template-opened',
    });
  };
  const exportPng = () => {
    // The renderer's own snapshot: a WebGL canvas's pixels are gone once a frame is shown.
    (game as Phaser.Game).renderer.snapshot((image) => {
      if (image instanceof HTMLImageElement) downloadUrl(image.src, `${fileSlug(model.design.name)}.png`);
    });
  };
  const importDesign = async () => {
    const loaded = await pickDesignFile();
    if (!loaded) return;
    if (!loaded.ok) {
      layout.append(problemsDialog('This file is not a design Cloudwright can load', 'Nothing was changed. Fix these and import again:', loaded.problems));
      return;
    }
    model.run('replaceDesign', { design: withPositions(loaded.value) });
    scene.fitToDesign();
    toasts.show({ tone: 'success', title: 'Design imported', lines: ['Undo brings back the previous one.'], duration: 4000 });
  };

  const unbindKeys = bindShortcuts({
    delete: () => editor.send({ type: 'delete' }),
    undo: () => editor.send({ type: 'undo' }),
    redo: () => editor.send({ type: 'redo' }),
    nudge: (dx, dy) => editor.send({ type: 'nudge', dx, dy }),
    escape: () => {
      closeChooser();
      for (const dialog of layout.querySelectorAll('.modal-backdrop')) if (!dialog.querySelector('[data-testid="debrief"]')) dialog.remove();
      if (session.getSnapshot().value === 'debrief') session.send({ type: 'keepBuilding' });
      editor.send({ type: 'cancel' });
    },
  });

  return {
    model,
    scene,
    loadDesign,
    dispose: () => {
      timeline?.pause();
      clearTimeout(liveTimer);
      autosave.saveIfChanged();
      unbindKeys();
      unsubscribe();
      editorStates.unsubscribe();
      refusals.unsubscribe();
      choices.unsubscribe();
      sessionUpdates.unsubscribe();
      editor.stop();
      session.stop();
      (game as Phaser.Game).destroy(true);
    },
  };
}

/** The clipboard where the browser allows it; false tells the player to copy by hand. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A validation's outcome in one sentence, for screen readers. */
export function verdictSentence(verdict: LevelVerdict, inLevel: boolean): string {
  const errors = verdict.findings.filter((finding) => finding.severity === 'error').length;
  const findings = `${verdict.findings.length} finding${verdict.findings.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}`;
  if (!verdict.valid) return `Validation finished: the design cannot be read (${verdict.problems.length} problems).`;
  if (!inLevel) return `Validation finished: ${verdict.passed ? 'AWS would accept this design' : 'AWS would refuse this design'}; ${findings}.`;
  const failed = verdict.requirements.filter((requirement) => !requirement.passed);
  if (verdict.passed) return `Validation finished: level solved with ${verdict.stars} star${verdict.stars === 1 ? '' : 's'}; ${findings}.`;
  return `Validation finished: level not solved; ${failed.length} requirement${failed.length === 1 ? '' : 's'} failed${failed.length ? `: ${failed.map((requirement) => requirement.label).join('; ')}` : ''}; ${findings}.`;
}
