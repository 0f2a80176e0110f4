import type { Point } from './geometry.ts';

/** A camera as Phaser's: it scrolls, and zooms about the centre of its viewport. */
export interface CameraView {
  scrollX: number;
  scrollY: number;
  zoom: number;
  width: number;
  height: number;
}

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 2;

export function worldToScreen(camera: CameraView, world: Point): Point {
  return {
    x: (world.x - camera.scrollX - camera.width / 2) * camera.zoom + camera.width / 2,
    y: (world.y - camera.scrollY - camera.height / 2) * camera.zoom + camera.height / 2,
  };
}

export function screenToWorld(camera: CameraView, screen: Point): Point {
  return {
    x: (screen.x - camera.width / 2) / camera.zoom + camera.scrollX + camera.width / 2,
    y: (screen.y - camera.height / 2) / camera.zoom + camera.scrollY + camera.height / 2,
  };
}

/** Zooms keeping the world point under the pointer where it is on screen. */
export function zoomAt(camera: CameraView, screen: Point, zoom: number): CameraView {
  const clamped = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
  const anchor = screenToWorld(camera, screen);
  return {
    ...camera,
    zoom: clamped,
    scrollX: anchor.x - (screen.x - camera.width / 2) / clamped - camera.width / 2,
    scrollY: anchor.y - (screen.y - camera.height / 2) / clamped - camera.height / 2,
  };
}

/** Scroll and zoom that show every point with a margin, never zooming in past 1. */
export function fitView(camera: CameraView, points: readonly Point[], margin = 120): CameraView {
  if (points.length === 0) return { ...camera, zoom: 1, scrollX: 0, scrollY: 0 };
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const minX = Math.min(...xs) - margin;
  const maxX = Math.max(...xs) + margin;
  const minY = Math.min(...ys) - margin;
  const maxY = Math.max(...ys) + margin;
  const zoom = Math.min(1, Math.max(MIN_ZOOM, Math.min(camera.width / (maxX - minX), camera.height / (maxY - minY))));
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  return { ...camera, zoom, scrollX: centre.x - camera.width / 2, scrollY: centre.y - camera.height / 2 };
}
