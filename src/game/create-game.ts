import Phaser from 'phaser';
import { chooseRenderer } from './renderer-choice.ts';
import { CanvasScene, type CanvasDeps } from './scenes/canvas-scene.ts';

/** Starts Phaser in the given element; resolves once the canvas scene has drawn its first frame. */
export function createCanvas(parent: HTMLElement, deps: CanvasDeps): Promise<{ game: Phaser.Game; scene: CanvasScene }> {
  return new Promise((resolve) => {
    let game: Phaser.Game | undefined;
    const scene = new CanvasScene(deps, () => resolve({ game: game!, scene }));
    game = new Phaser.Game({
      type: chooseRenderer(location.search),
      parent,
      backgroundColor: '#0f1722',
      scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
      input: { mouse: { preventDefaultWheel: true } },
      banner: false,
      scene: [scene],
    });
  });
}
