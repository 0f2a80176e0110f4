import { assign, emit, setup } from 'xstate';
import { componentFor, connectionOffer } from '../../bridge.ts';
import { nextNodeId } from '../model/design-ops.ts';
import type { EditorModel } from '../model/editor-model.ts';
import { intersects, nodeRect, type Point, rectFromCorners, type Rect, snapToGrid } from '../model/geometry.ts';
import type { EditorEmitted, EditorEvent, RoleOption } from './editor-events.ts';

/** Screen pixels a press may wander before it counts as a drag rather than a click. */
const DRAG_THRESHOLD = 4;

export interface EditorContext {
  model: EditorModel;
  /** Where the current gesture started. */
  pressWorld: Point;
  pressScreen: Point;
  lastScreen: Point;
  /** Nodes moved by the current drag. */
  dragging: string[];
  /** A connection being drawn from a node's handle to the pointer. */
  connectFrom?: string;
  connectTo?: string;
  connectPoint?: Point;
  roleOptions: RoleOption[];
  marquee?: Rect;
}

type PointerEvent = Extract<EditorEvent, { world: Point; screen: Point }>;
type Down = Extract<EditorEvent, { type: 'pointer.down' }>;

const pointer = (event: EditorEvent) => event as PointerEvent;
const moved = (context: EditorContext, event: EditorEvent) =>
  Math.hypot(pointer(event).screen.x - context.pressScreen.x, pointer(event).screen.y - context.pressScreen.y) > DRAG_THRESHOLD;

/**
 * The canvas editor as a small state tree (tldraw-style): idle, pointing, dragging, panning,
 * brushing, connecting, choosing a role. It edits the design only through the model's actions.
 */
export const editorMachine = setup({
  types: {
    context: {} as EditorContext,
    events: {} as EditorEvent,
    input: {} as { model: EditorModel },
    emitted: {} as EditorEmitted,
  },
  guards: {
    pressedHandle: ({ event }) => event.type === 'pointer.down' && event.target.type === 'handle',
    pressedNode: ({ event }) => event.type === 'pointer.down' && event.target.type === 'node',
    pressedEdge: ({ event }) => event.type === 'pointer.down' && event.target.type === 'edge',
    pressedCanvasWithShift: ({ event }) => event.type === 'pointer.down' && event.shift,
    movedPastThreshold: ({ context, event }) => moved(context, event),
    releasedOnAnotherNode: ({ context, event }) => {
      const target = pointer(event).target;
      return (target.type === 'node' || target.type === 'handle') && target.id !== context.connectFrom;
    },
    connectsTwoNodes: ({ context, event }) => {
      if (event.type !== 'connect' || event.from === event.to) return false;
      const ids = new Set(context.model.design.nodes.map((node) => node.id));
      return ids.has(event.from) && ids.has(event.to);
    },
    connectionRefused: ({ context }) => offer(context).allowed === false,
    singleRoleOffered: ({ context }) => {
      const result = offer(context);
      return result.allowed && result.options.length === 1;
    },
  },
  actions: {
    rememberPress: assign(({ event }) => ({
      pressWorld: pointer(event).world,
      pressScreen: pointer(event).screen,
      lastScreen: pointer(event).screen,
    })),
    selectPressedNode: ({ context, event }) => {
      const { target, shift } = event as Down;
      if (target.type !== 'node') return;
      const { model } = context;
      if (shift) model.toggleSelected({ node: target.id });
      else if (!model.selection.nodes.includes(target.id)) model.select({ nodes: [target.id], edges: [] });
    },
    selectPressedEdge: ({ context, event }) => {
      const { target, shift } = event as Down;
      if (target.type !== 'edge') return;
      if (shift) context.model.toggleSelected({ edge: target.key });
      else context.model.select({ nodes: [], edges: [target.key] });
    },
    clearSelection: ({ context }) => {
      context.model.select({ nodes: [], edges: [] });
      context.model.setHighlight({ nodes: [], edges: [] });
    },
    startDrag: assign(({ context }) => ({ dragging: [...context.model.selection.nodes] })),
    previewDrag: ({ context, event }) => {
      const delta = { x: pointer(event).world.x - context.pressWorld.x, y: pointer(event).world.y - context.pressWorld.y };
      context.model.preview('moveNodes', { ids: context.dragging, delta });
    },
    dropDragged: ({ context }) => {
      const { model, dragging } = context;
      // Snap the node that was grabbed, and move the rest of the selection by the same amount.
      const start = model.gestureStart?.nodes.find((node) => node.id === dragging[0])?.position;
      const now = model.design.nodes.find((node) => node.id === dragging[0])?.position;
      if (start && now) {
        const snapped = snapToGrid(now);
        model.preview('moveNodes', { ids: dragging, delta: { x: snapped.x - start.x, y: snapped.y - start.y } });
      }
      model.commitTransient(dragging.length === 1 ? `move ${dragging[0]}` : `move ${dragging.length} components`);
    },
    cancelDrag: ({ context }) => context.model.cancelTransient(),
    emitPan: emit(({ context, event }) => ({
      type: 'pan' as const,
      dx: pointer(event).screen.x - context.lastScreen.x,
      dy: pointer(event).screen.y - context.lastScreen.y,
    })),
    trackScreen: assign(({ event }) => ({ lastScreen: pointer(event).screen })),
    startMarquee: assign(({ event }) => ({ marquee: rectFromCorners(pointer(event).world, pointer(event).world) })),
    updateMarquee: assign(({ context, event }) => {
      const marquee = rectFromCorners(context.pressWorld, pointer(event).world);
      const nodes = context.model.design.nodes.filter((node) => intersects(marquee, nodeRect(node))).map((node) => node.id);
      context.model.select({ nodes, edges: [] });
      return { marquee };
    }),
    clearMarquee: assign({ marquee: undefined }),
    startConnection: assign(({ event }) => {
      const { target, world } = event as Down;
      return { connectFrom: target.type === 'handle' ? target.id : undefined, connectPoint: world, connectTo: undefined };
    }),
    trackConnection: assign(({ event }) => ({ connectPoint: pointer(event).world })),
    rememberConnectionTarget: assign(({ context, event }) => {
      const target = pointer(event).target;
      const to = target.type === 'node' || target.type === 'handle' ? target.id : undefined;
      const result = offer({ ...context, connectTo: to });
      return { connectTo: to, roleOptions: result.allowed ? result.options : [] };
    }),
    emitRefusal: emit(({ context }) => {
      const result = offer(context);
      const reason = result.allowed ? { message: '', why: '', fix: '' } : { message: result.message, why: result.why, fix: result.fix };
      return { type: 'refused' as const, from: context.connectFrom!, to: context.connectTo!, ...reason };
    }),
    emitRoleChoice: emit(({ context }) => ({
      type: 'chooseRole' as const,
      from: context.connectFrom!,
      to: context.connectTo!,
      options: context.roleOptions,
    })),
    connectWithOnlyRole: ({ context }) => connectAndSelect(context, context.roleOptions[0]?.role),
    connectWithChosenRole: ({ context, event }) => {
      if (event.type !== 'role.chosen') return;
      connectAndSelect(context, event.role);
    },
    startKeyboardConnection: assign(({ context, event }) => {
      if (event.type !== 'connect') return {};
      const result = offer({ model: context.model, connectFrom: event.from, connectTo: event.to });
      return { connectFrom: event.from, connectTo: event.to, connectPoint: undefined, roleOptions: result.allowed ? result.options : [] };
    }),
    clearConnection: assign({ connectFrom: undefined, connectTo: undefined, connectPoint: undefined, roleOptions: [] }),
    addDroppedNode: ({ context, event }) => {
      if (event.type !== 'palette.drop' || !componentFor(event.kind)) return;
      const { model } = context;
      const id = nextNodeId(model.design, event.kind);
      model.run('addNode', { node: { id, kind: event.kind, position: snapToGrid(event.world) } });
      model.select({ nodes: [id], edges: [] });
    },
    deleteSelection: ({ context }) => {
      const { nodes, edges } = context.model.selection;
      if (nodes.length + edges.length > 0) context.model.run('removeParts', { nodes: [...nodes], edges: [...edges] });
    },
    nudgeSelection: ({ context, event }) => {
      if (event.type !== 'nudge') return;
      const ids = [...context.model.selection.nodes];
      if (ids.length > 0) context.model.run('moveNodes', { ids, delta: { x: event.dx, y: event.dy } });
    },
    undo: ({ context }) => context.model.undo(),
    redo: ({ context }) => context.model.redo(),
  },
}).createMachine({
  id: 'editor',
  context: ({ input }) => ({
    model: input.model,
    pressWorld: { x: 0, y: 0 },
    pressScreen: { x: 0, y: 0 },
    lastScreen: { x: 0, y: 0 },
    dragging: [],
    roleOptions: [],
  }),
  initial: 'idle',
  on: {
    undo: { target: '.idle', actions: ['cancelDrag', 'undo'] },
    redo: { target: '.idle', actions: ['cancelDrag', 'redo'] },
  },
  states: {
    idle: {
      on: {
        'pointer.down': [
          { guard: 'pressedHandle', target: 'connecting', actions: ['rememberPress', 'startConnection'] },
          { guard: 'pressedNode', target: 'pointingNode', actions: ['rememberPress', 'selectPressedNode'] },
          { guard: 'pressedEdge', actions: ['rememberPress', 'selectPressedEdge'] },
          { guard: 'pressedCanvasWithShift', target: 'brushing', actions: ['rememberPress', 'startMarquee'] },
          { target: 'pointingCanvas', actions: 'rememberPress' },
        ],
        'palette.drop': { actions: 'addDroppedNode' },
        connect: { guard: 'connectsTwoNodes', target: 'decidingConnection', actions: 'startKeyboardConnection' },
        delete: { actions: 'deleteSelection' },
        nudge: { actions: 'nudgeSelection' },
        cancel: { actions: 'clearSelection' },
      },
    },
    pointingNode: {
      on: {
        'pointer.move': { guard: 'movedPastThreshold', target: 'draggingNodes', actions: ['startDrag', 'previewDrag'] },
        'pointer.up': { target: 'idle' },
        cancel: { target: 'idle' },
      },
    },
    draggingNodes: {
      on: {
        'pointer.move': { actions: 'previewDrag' },
        'pointer.up': { target: 'idle', actions: 'dropDragged' },
        cancel: { target: 'idle', actions: 'cancelDrag' },
      },
    },
    pointingCanvas: {
      on: {
        'pointer.move': { guard: 'movedPastThreshold', target: 'panning', actions: ['emitPan', 'trackScreen'] },
        'pointer.up': { target: 'idle', actions: 'clearSelection' },
        cancel: { target: 'idle' },
      },
    },
    panning: {
      on: {
        'pointer.move': { actions: ['emitPan', 'trackScreen'] },
        'pointer.up': { target: 'idle' },
        cancel: { target: 'idle' },
      },
    },
    brushing: {
      on: {
        'pointer.move': { actions: 'updateMarquee' },
        'pointer.up': { target: 'idle', actions: 'clearMarquee' },
        cancel: { target: 'idle', actions: 'clearMarquee' },
      },
    },
    connecting: {
      on: {
        'pointer.move': { actions: 'trackConnection' },
        'pointer.up': [
          { guard: 'releasedOnAnotherNode', target: 'decidingConnection', actions: 'rememberConnectionTarget' },
          { target: 'idle', actions: 'clearConnection' },
        ],
        cancel: { target: 'idle', actions: 'clearConnection' },
      },
    },
    decidingConnection: {
      always: [
        { guard: 'connectionRefused', target: 'idle', actions: ['emitRefusal', 'clearConnection'] },
        { guard: 'singleRoleOffered', target: 'idle', actions: ['connectWithOnlyRole', 'clearConnection'] },
        { target: 'choosingRole', actions: 'emitRoleChoice' },
      ],
    },
    choosingRole: {
      on: {
        'role.chosen': { target: 'idle', actions: ['connectWithChosenRole', 'clearConnection'] },
        cancel: { target: 'idle', actions: 'clearConnection' },
        'pointer.down': { target: 'idle', actions: 'clearConnection' },
      },
    },
  },
});

function offer(context: Pick<EditorContext, 'model' | 'connectFrom' | 'connectTo'>) {
  const { design } = context.model;
  const fromKind = design.nodes.find((node) => node.id === context.connectFrom)?.kind ?? '';
  const toKind = design.nodes.find((node) => node.id === context.connectTo)?.kind ?? '';
  return connectionOffer(fromKind, toKind);
}

function connectAndSelect(context: EditorContext, role: RoleOption['role']): void {
  const { model, connectFrom, connectTo } = context;
  if (!connectFrom || !connectTo) return;
  model.run('connect', { from: connectFrom, to: connectTo, ...(role ? { role } : {}) });
  const edge = model.design.edges.findLast((candidate) => candidate.from === connectFrom && candidate.to === connectTo && candidate.role === role);
  if (edge) model.select({ nodes: [], edges: [edge.id ?? `${edge.from}->${edge.to}`] });
}
