import { type Design, type LevelVerdict, type PackCaseResult, type Scenario, testPackFiles, type ValidationStage, validateDesign } from '../bridge.ts';
import type { EngineReply, EngineRequest } from './engine-protocol.ts';
import { runSandbox, type SandboxRunSummary } from './model/sandbox-run.ts';

interface Pending {
  resolve: (verdict: LevelVerdict) => void;
  resolveRun?: (run: SandboxRunSummary) => void;
  resolveCases?: (cases: PackCaseResult[]) => void;
  reject: (error: Error) => void;
  onStage: (stage: ValidationStage) => void;
}

/**
 * Validation in a Web Worker; where a worker cannot start, the engine runs on the page instead
 * (same results, the canvas may pause while it works).
 */
export class EngineClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    try {
      this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (message: MessageEvent<EngineReply>) => this.receive(message.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.failAll(`the engine worker stopped: ${event.message || 'unknown error'}`);
        this.worker = undefined;
      };
    } catch {
      this.worker = undefined;
    }
  }

  validate(design: Design, scenario: Scenario | undefined, onStage: (stage: ValidationStage) => void): Promise<LevelVerdict> {
    if (!this.worker) return validateDesign(design, scenario, onStage);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onStage });
      const request: EngineRequest = { id, design, ...(scenario ? { scenario } : {}) };
      this.worker!.postMessage(request);
    });
  }

  /** The sandbox's traffic panel: the design under the player's traffic and faults. */
  simulate(design: Design, settings: unknown): Promise<SandboxRunSummary> {
    if (!this.worker) return Promise.resolve().then(() => runSandbox(design, settings));
    const id = this.nextId++;
    return new Promise((resolveRun, reject) => {
      this.pending.set(id, { resolve: () => {}, resolveRun, reject, onStage: () => {} });
      const request: EngineRequest = { id, design, simulate: settings };
      this.worker!.postMessage(request);
    });
  }

  /** Author mode's "Test pack": every must-pass and must-fail design of a pack (its files), as `cloudwright pack test` runs them. */
  testPack(files: Record<string, string>): Promise<PackCaseResult[]> {
    if (!this.worker) return Promise.resolve().then(() => testPackFiles(files));
    const id = this.nextId++;
    return new Promise((resolveCases, reject) => {
      this.pending.set(id, { resolve: () => {}, resolveCases, reject, onStage: () => {} });
      const request: EngineRequest = { id, packTest: files };
      this.worker!.postMessage(request);
    });
  }

  private receive(reply: EngineReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if ('stage' in reply) pending.onStage(reply.stage);
    else {
      this.pending.delete(reply.id);
      if ('verdict' in reply) pending.resolve(reply.verdict);
      else if ('run' in reply) pending.resolveRun?.(reply.run);
      else if ('cases' in reply) pending.resolveCases?.(reply.cases);
      else pending.reject(new Error(reply.error));
    }
  }

  private failAll(message: string): void {
    for (const pending of this.pending.values()) pending.reject(new Error(message));
    this.pending.clear();
  }
}
