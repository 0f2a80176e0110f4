import type { Design, LoadResult, Pack } from '../bridge.ts';
import { EngineClient } from '../game/engine-client.ts';
import type { Point } from '../game/model/geometry.ts';
import { builtInCampaign, packFromFiles } from './campaign-data.ts';
import { campaignScreen, packProblemsScreen } from './campaign-screen.ts';
import { designFromFragment, withoutDesignFragment } from './share-link.ts';
import { startScreen } from './start-screen.ts';
import { type KeyValueStore, ProgressStore, SaveSlots } from './storage.ts';
import { openWorkspace, type Workspace } from './workspace.ts';

/** The automation surface (documented in the README): tests drive the game through it. */
export interface CloudwrightApi {
  design(): Design | undefined;
  loadDesign(document: unknown): LoadResult<Design>;
  screenPosition(nodeId: string, part?: 'handle'): Point | undefined;
  /** The nodes and edges a clicked finding or requirement highlights on the canvas. */
  highlighted(): { nodes: readonly string[]; edges: readonly string[] } | undefined;
}

declare global {
  interface Window {
    cloudwright: CloudwrightApi;
  }
}

type Route = { screen: 'start' } | { screen: 'campaign' } | { screen: 'level'; id: string } | { screen: 'sandbox' };

/** Screens and direct links: ?scenario=ID opens a level, ?mode=sandbox the sandbox, ?screen=campaign the levels. */
export class App {
  private readonly engine = new EngineClient();
  private readonly slots: SaveSlots;
  private readonly progress: ProgressStore;
  private workspace: Workspace | undefined;
  private pack: Pack | undefined;
  /** A pack the player loaded keeps its own progress keys, apart from the campaign's. */
  private packSource: 'built-in' | 'loaded' = 'built-in';
  /** A design from a share link, for the next level or sandbox that opens. */
  private shared: LoadResult<Design> | undefined;

  constructor(
    private readonly root: HTMLElement,
    store: KeyValueStore,
  ) {
    this.slots = new SaveSlots(store);
    this.progress = new ProgressStore(store);
    window.cloudwright = {
      design: () => this.workspace?.model.design,
      loadDesign: (document) => {
        if (!this.workspace) return { ok: false, problems: [{ path: '', message: 'no design is open: open a level or the sandbox first' }] };
        return this.workspace.loadDesign(document);
      },
      screenPosition: (nodeId, part) => this.workspace?.scene.screenPosition(nodeId, part),
      highlighted: () => this.workspace?.model.highlight,
    };
    window.addEventListener('popstate', () => this.show(routeFrom(location.search), false));
    // A share link pasted into this tab changes only the fragment: open it like a fresh page would.
    window.addEventListener('hashchange', () => {
      if (designFromFragment(location.hash)) void this.start();
    });
  }

  start(): Promise<void> {
    let route = routeFrom(location.search);
    this.shared = designFromFragment(location.hash);
    if (this.shared) {
      // The link is used once: a reload shows the autosaved design, not the link's again.
      history.replaceState(null, '', withoutDesignFragment(location.href));
      if (route.screen === 'start' || route.screen === 'campaign') route = { screen: 'sandbox' };
    }
    return this.show(route, false);
  }

  private async show(route: Route, push = true): Promise<void> {
    try {
      await this.open(route, push);
    } catch (error) {
      // A screen that cannot open says why and offers a way back, instead of a blank page.
      const message = error instanceof Error ? error.message : String(error);
      this.root.replaceChildren(packProblemsScreen('This screen could not open', [{ path: '', message }], () => this.show({ screen: 'start' })));
    }
  }

  private async open(route: Route, push: boolean): Promise<void> {
    this.workspace?.dispose();
    this.workspace = undefined;
    const shared = this.shared;
    this.shared = undefined;
    if (push) history.pushState(null, '', searchFor(route));
    document.title = 'Cloudwright';
    switch (route.screen) {
      case 'start':
        this.root.replaceChildren(
          startScreen({
            campaign: () => this.show({ screen: 'campaign' }),
            sandbox: () => this.show({ screen: 'sandbox' }),
            loadPack: (files) => this.loadPack(files),
          }),
        );
        return;
      case 'campaign': {
        const pack = this.currentPack();
        if (!pack) return;
        this.root.replaceChildren(
          campaignScreen(pack, this.progress.all(), (id) => this.progressKey(id), {
            open: (id) => this.show({ screen: 'level', id }),
            back: () => this.show({ screen: 'start' }),
          }),
        );
        return;
      }
      case 'sandbox':
        document.title = 'Sandbox · Cloudwright';
        this.workspace = await openWorkspace(this.root, {
          engine: this.engine,
          slots: this.slots,
          progress: this.progress,
          exit: () => this.show({ screen: 'start' }),
          ...(shared ? { shared } : {}),
        });
        return;
      case 'level': {
        const pack = this.currentPack();
        if (!pack) return;
        const index = pack.scenarios.findIndex((scenario) => scenario.id === route.id);
        const scenario = pack.scenarios[index];
        if (!scenario) {
          this.root.replaceChildren(packProblemsScreen(`No level has the id “${route.id}”`, [{ path: 'scenario', message: `known levels: ${pack.scenarios.map((s) => s.id).join(', ')}` }], () => this.show({ screen: 'campaign' })));
          return;
        }
        const next = pack.scenarios[index + 1];
        document.title = `${scenario.title} · Cloudwright`;
        this.workspace = await openWorkspace(this.root, {
          engine: this.engine,
          slots: this.slots,
          progress: this.progress,
          level: {
            scenario,
            chapterTitle: pack.chapters.find((chapter) => chapter.scenarios.includes(scenario.id))?.title ?? scenario.chapter,
            progressKey: this.progressKey(scenario.id),
            ...(next ? { next: () => this.show({ screen: 'level', id: next.id }) } : {}),
          },
          exit: () => this.show({ screen: 'campaign' }),
          ...(shared ? { shared } : {}),
        });
        return;
      }
    }
  }

  private currentPack(): Pack | undefined {
    if (this.pack) return this.pack;
    const loaded = builtInCampaign();
    if (!loaded.ok) {
      this.root.replaceChildren(packProblemsScreen('The campaign could not be loaded', loaded.problems, () => this.show({ screen: 'start' })));
      return undefined;
    }
    this.pack = loaded.value;
    return this.pack;
  }

  private progressKey(id: string): string {
    return this.packSource === 'built-in' ? id : `${this.pack?.id ?? 'pack'}/${id}`;
  }

  private async loadPack(files: FileList): Promise<void> {
    const loaded = await packFromFiles(files);
    if (!loaded.ok) {
      this.root.replaceChildren(packProblemsScreen('This pack could not be loaded', loaded.problems, () => this.show({ screen: 'start' })));
      return;
    }
    this.pack = loaded.value;
    this.packSource = 'loaded';
    await this.show({ screen: 'campaign' });
  }
}

function routeFrom(search: string): Route {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  if (scenario) return { screen: 'level', id: scenario };
  if (params.get('mode') === 'sandbox') return { screen: 'sandbox' };
  if (params.get('screen') === 'campaign') return { screen: 'campaign' };
  return { screen: 'start' };
}

function searchFor(route: Route): string {
  switch (route.screen) {
    case 'level':
      return `?scenario=${encodeURIComponent(route.id)}`;
    case 'sandbox':
      return '?mode=sandbox';
    case 'campaign':
      return '?screen=campaign';
    default:
      return location.pathname;
  }
}
