import Phaser from 'phaser';
import type { DesignNode } from '../../bridge.ts';
import { componentFor } from '../../bridge.ts';
import { HANDLE_RADIUS, NODE_HEIGHT, NODE_WIDTH } from '../model/geometry.ts';
import { THEME } from '../theme.ts';

export type NodeMark = 'none' | 'selected' | 'highlighted';
/** The worst live finding about the node, shown as a dot in the card's corner. */
export type NodeFlag = 'error' | 'warning' | undefined;

const ICON_SIZE = 44;

/** One component on the canvas: a card with the AWS icon, the node id and the kind's label. */
export class NodeView extends Phaser.GameObjects.Container {
  private readonly card: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly subtitle: Phaser.GameObjects.Text;
  private mark: NodeMark = 'none';
  private flag: NodeFlag;
  /** The node last drawn: a moved node is a new object, an untouched one is the same. */
  private shown: DesignNode | undefined;

  constructor(scene: Phaser.Scene, node: DesignNode) {
    super(scene, node.position?.x ?? 0, node.position?.y ?? 0);
    const definition = componentFor(node.kind);
    this.card = scene.add.graphics();
    const iconKey = definition ? `icon:${definition.icon}` : '';
    const icon = scene.textures.exists(iconKey)
      ? scene.add.image(0, -14, iconKey).setDisplaySize(ICON_SIZE, ICON_SIZE)
      : scene.add.rectangle(0, -14, ICON_SIZE, ICON_SIZE, 0x64748b);
    this.title = scene.add
      .text(0, 20, '', { fontFamily: THEME.fontFamily, fontSize: '13px', fontStyle: 'bold', color: THEME.cardText })
      .setOrigin(0.5)
      .setResolution(2);
    this.subtitle = scene.add
      .text(0, 37, '', { fontFamily: THEME.fontFamily, fontSize: '11px', color: THEME.cardSubtext })
      .setOrigin(0.5)
      .setResolution(2);
    const handle = scene.add.circle(NODE_WIDTH / 2, 0, HANDLE_RADIUS - 2, THEME.handle).setStrokeStyle(2, 0xffffff);
    this.add([this.card, icon, this.title, this.subtitle, handle]);
    this.setSize(NODE_WIDTH, NODE_HEIGHT);
    this.update(node);
    this.draw();
    scene.add.existing(this);
  }

  override update(node: DesignNode): void {
    if (node === this.shown) return;
    const previous = this.shown;
    this.shown = node;
    this.setPosition(node.position?.x ?? 0, node.position?.y ?? 0);
    // Text is re-rendered to a texture on every change, so only touch it when the words change.
    if (previous?.label !== node.label || previous?.id !== node.id || !previous) setFitted(this.title, node.label ?? node.id, NODE_WIDTH - 12);
    if (previous?.kind !== node.kind) setFitted(this.subtitle, componentFor(node.kind)?.label ?? node.kind, NODE_WIDTH - 12);
  }

  setMark(mark: NodeMark, flag: NodeFlag): void {
    if (mark === this.mark && flag === this.flag) return;
    this.mark = mark;
    this.flag = flag;
    this.draw();
  }

  private draw(): void {
    const g = this.card;
    const x = -NODE_WIDTH / 2;
    const y = -NODE_HEIGHT / 2;
    g.clear();
    if (this.mark === 'highlighted') {
      g.fillStyle(THEME.highlight, 0.25).fillRoundedRect(x - 6, y - 6, NODE_WIDTH + 12, NODE_HEIGHT + 12, 14);
    }
    g.fillStyle(THEME.card, 1).fillRoundedRect(x, y, NODE_WIDTH, NODE_HEIGHT, 10);
    const border = this.mark === 'selected' ? THEME.selected : this.mark === 'highlighted' ? THEME.highlight : THEME.cardBorder;
    g.lineStyle(this.mark === 'none' ? 1 : 3, border, 1).strokeRoundedRect(x, y, NODE_WIDTH, NODE_HEIGHT, 10);
    if (this.flag) g.fillStyle(this.flag === 'error' ? THEME.highlight : THEME.flagged, 1).fillCircle(x + 12, y + 12, 6);
  }
}

/** Shortens text with an ellipsis until it fits the card. */
function setFitted(text: Phaser.GameObjects.Text, value: string, width: number): void {
  text.setText(value);
  if (text.width <= width) return;
  let end = value.length;
  while (end > 1 && text.width > width) text.setText(`${value.slice(0, --end)}…`);
}
