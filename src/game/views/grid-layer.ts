import type Phaser from 'phaser';
import { GRID } from '../model/geometry.ts';
import { THEME } from '../theme.ts';

/** The snap grid, drawn only over the part of the world the camera shows. */
export class GridLayer {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private drawnFor = '';

  constructor(scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(0);
  }

  draw(view: Phaser.Geom.Rectangle, zoom: number): void {
    const signature = `${Math.round(view.x)},${Math.round(view.y)},${Math.round(view.width)},${Math.round(view.height)},${zoom}`;
    if (signature === this.drawnFor) return;
    this.drawnFor = signature;
    const g = this.graphics.clear();
    // At low zoom the minor lines would be a grey blur: draw every fifth only.
    const step = zoom < 0.6 ? GRID * 5 : GRID;
    const left = Math.floor(view.x / step) * step;
    const top = Math.floor(view.y / step) * step;
    for (let x = left; x <= view.right; x += step) {
      g.lineStyle(1 / zoom, x % (GRID * 5) === 0 ? THEME.gridMajor : THEME.gridMinor, 1).lineBetween(x, view.y, x, view.bottom);
    }
    for (let y = top; y <= view.bottom; y += step) {
      g.lineStyle(1 / zoom, y % (GRID * 5) === 0 ? THEME.gridMajor : THEME.gridMinor, 1).lineBetween(view.x, y, view.right, y);
    }
  }
}
