import type { Design, FileLoadResult, LoadResult, Pack } from '../bridge.ts';
import { EngineClient } from '../game/engine-client.ts';
import type { Point } from '../game/model/geometry.ts';
import { AuthorStore } from './author/author-store.ts';
import { authorScreen } from './author/author-screen.ts';
import { editDesignOnCanvas } from './author/design-editing.ts';
import { builtInCampaign, packFromEntries, packFromFiles } from './campaign-data.ts';
import { campaignScreen, packProblemsScreen } from './campaign-screen.ts';
import { h } from './dom.ts';
import { packFromUrl } from './pack-from-url.ts';
import { designFromFragment, withoutDesignFragment } from './share-link.ts';
import { startScreen } from './start-screen.ts';
import { settingsFromForm } from './traffic-settings.ts';
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

type Route = { screen: 'start' } | { screen: 'campaign' } | { screen: 'level'; id: string } | { screen: 'sandbox' } | { screen: 'author' };

/** Screens and direct links: ?scenario=ID opens a level, ?mode=sandbox the sandbox, ?screen=campaign the levels. */
export class App {
  private readonly engine = new EngineClient();
  private readonly slots: SaveSlots;
  private readonly progress: ProgressStore;
  private workspace: Workspace | undefined;
  private builtIn: Pack | undefined;
  /** The pack the player loaded this session (a folder, a drop, or an address), played apart from the campaign. */
  private loaded: { pack: Pack; url?: string } | undefined;
  /** Which one the campaign screen and levels show; a loaded pack keeps its own progress keys. */
  private active: 'built-in' | 'loaded' = 'built-in';
  /** A design from a share link, for the next level or sandbox that opens. */
  private shared: LoadResult<Design> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly store: KeyValueStore,
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

  async start(): Promise<void> {
    let route = routeFrom(location.search);
    const packUrl = new URLSearchParams(location.search).get('pack');
    if (packUrl && this.loaded?.url !== packUrl) {
      if (!(await this.loadPackFrom(packUrl))) return;
      if (route.screen === 'start') route = { screen: 'campaign' };
    }
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
    if (push) history.pushState(null, '', this.searchFor(route));
    document.title = 'Cloudwright';
    switch (route.screen) {
      case 'start':
        this.root.replaceChildren(
          startScreen({
            campaign: () => {
              this.active = 'built-in';
              return this.show({ screen: 'campaign' });
            },
            sandbox: () => this.show({ screen: 'sandbox' }),
            author: () => this.show({ screen: 'author' }),
            loadPack: async (files) => this.usePack(await packFromFiles(files)),
            dropPack: (entries) => this.usePack(packFromEntries(entries)),
            openPackUrl: async (url) => {
              if (await this.loadPackFrom(url)) await this.show({ screen: 'campaign' });
            },
            ...(this.loaded
              ? {
                  loaded: {
                    title: this.loaded.pack.title,
                    open: () => {
                      this.active = 'loaded';
                      return this.show({ screen: 'campaign' });
                    },
                  },
                }
              : {}),
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
      case 'author':
        document.title = 'Author a scenario · Cloudwright';
        this.root.replaceChildren(
          authorScreen({
            store: new AuthorStore(this.store),
            editDesign: (design, title, done) => void this.editAuthorDesign(design, title, done),
            simulate: (design, form) => this.engine.simulate(design, settingsFromForm(form)),
            testPack: (files) => this.engine.testPack(files),
            back: () => this.show({ screen: 'start' }),
          }),
        );
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

  /** Author mode: one of the scenario's designs on the canvas; going back stores it and shows the scenario again. */
  private async editAuthorDesign(design: Design | undefined, title: string, done: (design: Design) => void): Promise<void> {
    this.workspace?.dispose();
    this.workspace = undefined;
    this.workspace = await editDesignOnCanvas({
      root: this.root,
      store: this.store,
      engine: this.engine,
      progress: this.progress,
      design,
      title,
      back: (edited) => {
        done(edited);
        void this.show({ screen: 'author' }, false);
      },
    });
  }

  private currentPack(): Pack | undefined {
    if (this.active === 'loaded' && this.loaded) return this.loaded.pack;
    if (this.builtIn) return this.builtIn;
    const loaded = builtInCampaign();
    if (!loaded.ok) {
      this.root.replaceChildren(packProblemsScreen('The campaign could not be loaded', loaded.problems, () => this.show({ screen: 'start' })));
      return undefined;
    }
    this.builtIn = loaded.value;
    return this.builtIn;
  }

  /** A loaded pack's stars are kept under its id, so they never mix with the campaign's or another pack's. */
  private progressKey(id: string): string {
    return this.active === 'loaded' && this.loaded ? `${this.loaded.pack.id}/${id}` : id;
  }

  /** A pack from files: played as its own campaign, or its problems shown (the game keeps running). */
  private async usePack(result: FileLoadResult<Pack>, url?: string): Promise<boolean> {
    if (!result.ok) {
      this.workspace?.dispose();
      this.workspace = undefined;
      this.root.replaceChildren(packProblemsScreen('This pack could not be loaded', result.problems, () => this.show({ screen: 'start' })));
      return false;
    }
    this.loaded = { pack: result.value, ...(url ? { url } : {}) };
    this.active = 'loaded';
    if (!url) await this.show({ screen: 'campaign' });
    return true;
  }

  /** Fetches a pack served over HTTP (?pack=URL, or the address typed on the start screen). */
  private async loadPackFrom(url: string): Promise<boolean> {
    this.root.replaceChildren(h('div', { className: 'start-screen' }, h('p', { className: 'muted', attrs: { role: 'status' }, text: `Loading the pack at ${url}…` })));
    return this.usePack(await packFromUrl(url, location.href, (address) => fetch(address)), url);
  }

  /** The address of a screen: a loaded pack's address stays in it, so a reload or a shared link opens the same pack. */
  private searchFor(route: Route): string {
    const url = this.active === 'loaded' && (route.screen === 'campaign' || route.screen === 'level') ? this.loaded?.url : undefined;
    const search = searchFor(route);
    if (!url) return search;
    return `${search}&pack=${encodeURIComponent(url)}`;
  }
}

function routeFrom(search: string): Route {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  if (scenario) return { screen: 'level', id: scenario };
  if (params.get('mode') === 'sandbox') return { screen: 'sandbox' };
  if (params.get('mode') === 'author') return { screen: 'author' };
  if (params.get('screen') === 'campaign') return { screen: 'campaign' };
  return { screen: 'start' };
}

function searchFor(route: Route): string {
  switch (route.screen) {
    case 'level':
      return `?scenario=${encodeURIComponent(route.id)}`;
    case 'sandbox':
      return '?mode=sandbox';
    case 'author':
      return '?mode=author';
    case 'campaign':
      return '?screen=campaign';
    default:
      return location.pathname;
  }
}
