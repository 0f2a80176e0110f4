import { frameAt, type Replay, type ReplayFailure, type ReplayFrame } from '../game/model/replay.ts';
import { h } from './dom.ts';

/** Playing the whole run takes this many steps of TICK_MS. */
const STEPS = 150;
const TICK_MS = 40;

export interface TimelineTarget {
  /** Draws a moment: its messages on the edges, its parts lit (a failure's parts when jumping to one). */
  show: (frame: ReplayFrame, failure?: ReplayFailure) => void;
  close: () => void;
}

/**
 * The run after Validate, on a timeline: play it, scrub it, or jump to the moment each failed
 * requirement went wrong. Messages move along the edges, coloured by how their event turned out.
 */
export class ReplayTimeline {
  readonly element: HTMLElement;
  private readonly scrub: HTMLInputElement;
  private readonly playButton: HTMLButtonElement;
  private readonly time = h('span', { className: 'replay-time', dataset: { testid: 'replay-time' } });
  private readonly caption = h('span', { className: 'replay-caption muted small' });
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly windowMs: number;

  constructor(
    private readonly replay: Replay,
    private readonly target: TimelineTarget,
  ) {
    const span = Math.max(1, replay.endMs - replay.startMs);
    this.windowMs = Math.max(1, span / 30);
    this.scrub = h('input', {
      className: 'replay-scrub',
      attrs: { type: 'range', min: String(replay.startMs), max: String(replay.endMs + this.windowMs), step: 'any', value: String(replay.startMs), 'aria-label': 'Time in the run' },
      dataset: { testid: 'replay-scrub' },
    });
    this.scrub.addEventListener('input', () => {
      this.pause();
      this.seek(Number(this.scrub.value));
    });
    this.playButton = h('button', { text: '▶ Play', dataset: { action: 'replay-play' }, attrs: { 'aria-label': 'Play the run' }, on: { click: () => (this.timer ? this.pause() : this.play()) } });
    const failures = replay.failures.map((failure) =>
      h('button', { className: 'replay-failure', text: `⚑ ${failure.label}`, title: `Jump to ${(failure.t / 1000).toFixed(2)} s, where this went wrong`, dataset: { action: 'jump-failure', requirement: failure.requirement }, on: { click: () => this.jumpTo(failure) } }),
    );
    this.element = h(
      'div',
      { className: 'replay-timeline', attrs: { role: 'group', 'aria-label': 'Replay of the run' }, dataset: { testid: 'replay-timeline' } },
      h('div', { className: 'replay-controls' }, this.playButton, this.scrub, this.time, h('button', { className: 'ghost', text: '×', title: 'Close the replay', attrs: { 'aria-label': 'Close the replay' }, dataset: { action: 'replay-close' }, on: { click: () => this.close() } })),
      h('div', { className: 'replay-row' }, this.caption, ...failures),
    );
    this.seek(replay.startMs);
  }

  seek(t: number, failure?: ReplayFailure): void {
    this.scrub.value = String(t);
    const frame = frameAt(this.replay, t, this.windowMs);
    this.time.textContent = `${(t / 1000).toFixed(2)} s`;
    this.element.dataset.t = String(t);
    this.element.dataset.pulses = String(frame.pulses.length);
    const event = frame.current;
    this.caption.textContent = event ? `${event.node}: ${event.event}${event.detail ? ` — ${event.detail}` : ''}` : '';
    this.target.show(frame, failure);
  }

  jumpTo(failure: ReplayFailure): void {
    this.pause();
    this.seek(failure.t, failure);
  }

  play(): void {
    const end = Number(this.scrub.max);
    if (Number(this.scrub.value) >= end) this.seek(this.replay.startMs);
    const step = (end - this.replay.startMs) / STEPS;
    this.playButton.textContent = '❚❚ Pause';
    this.playButton.setAttribute('aria-label', 'Pause the run');
    this.timer = setInterval(() => {
      // Stop once the timeline left the page (a new validation, another screen).
      if (!this.element.isConnected) return this.pause();
      const next = Math.min(end, Number(this.scrub.value) + step);
      this.seek(next);
      if (next >= end) this.pause();
    }, TICK_MS);
  }

  pause(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.playButton.textContent = '▶ Play';
    this.playButton.setAttribute('aria-label', 'Play the run');
  }

  close(): void {
    this.pause();
    this.element.remove();
    this.target.close();
  }
}
