import type Phaser from 'phaser';
import type { Design } from '../../bridge.ts';
import { edgeKey } from '../../bridge.ts';
import { edgeSegments, type Point } from '../model/geometry.ts';
import { THEME } from '../theme.ts';

export interface EdgeMarks {
  selected: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
}

const ARROW = 12;

/** Every edge in one Graphics, with a pooled label for each edge that carries a role. */
export class EdgeLayer {
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly labels = new Map<string, Phaser.GameObjects.Text>();

  constructor(private readonly scene: Phaser.Scene) {
    this.lines = scene.add.graphics().setDepth(1);
  }

  draw(design: Design, marks: EdgeMarks): void {
    const g = this.lines.clear();
    const segments = edgeSegments(design);
    const seen = new Set<string>();
    for (const edge of design.edges) {
      const key = edgeKey(edge);
      const segment = segments.get(key);
      if (!segment) continue;
      const { start, end } = segment;
      const colour = marks.highlighted.has(key) ? THEME.highlight : marks.selected.has(key) ? THEME.selected : edge.role ? THEME.edgeRole : THEME.edge;
      const width = marks.highlighted.has(key) || marks.selected.has(key) ? 4 : 2;
      g.lineStyle(width, colour, 1);
      if (edge.role) dashed(g, start, end);
      else g.lineBetween(start.x, start.y, end.x, end.y);
      arrowHead(g, start, end, colour);
      if (edge.role) {
        seen.add(key);
        this.label(key, edge.role, { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }, colour);
      }
    }
    for (const [key, text] of this.labels) {
      if (seen.has(key)) continue;
      text.destroy();
      this.labels.delete(key);
    }
  }

  private label(key: string, role: string, at: Point, colour: number): void {
    let text = this.labels.get(key);
    if (!text) {
      text = this.scene.add
        .text(0, 0, '', { fontFamily: THEME.fontFamily, fontSize: '11px', color: '#ffffff', padding: { x: 5, y: 2 } })
        .setOrigin(0.5)
        .setResolution(2)
        .setDepth(2);
      this.labels.set(key, text);
    }
    text.setPosition(at.x, at.y);
    // Each setText or colour change re-renders the label's texture: skip when nothing changed.
    const look = `${role}|${colour}`;
    if (text.getData('look') === look) return;
    text.setData('look', look);
    text.setText(role).setBackgroundColor(`#${colour.toString(16).padStart(6, '0')}`);
  }
}

function arrowHead(g: Phaser.GameObjects.Graphics, start: Point, end: Point, colour: number): void {
  const angle = Math.atan2(end.y - start.y, end.x - start.x);
  const left = { x: end.x - ARROW * Math.cos(angle - 0.45), y: end.y - ARROW * Math.sin(angle - 0.45) };
  const right = { x: end.x - ARROW * Math.cos(angle + 0.45), y: end.y - ARROW * Math.sin(angle + 0.45) };
  g.fillStyle(colour, 1).fillTriangle(end.x, end.y, left.x, left.y, right.x, right.y);
}

function dashed(g: Phaser.GameObjects.Graphics, start: Point, end: Point): void {
  const length = Math.hypot(end.x - start.x, end.y - start.y);
  const steps = Math.max(1, Math.floor(length / 10));
  for (let i = 0; i < steps; i += 2) {
    const a = i / steps;
    const b = Math.min(1, (i + 1) / steps);
    g.lineBetween(start.x + (end.x - start.x) * a, start.y + (end.y - start.y) * a, start.x + (end.x - start.x) * b, start.y + (end.y - start.y) * b);
  }
}
