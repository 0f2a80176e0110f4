import Phaser from 'phaser';

/**
 * WebGL where a GPU draws it; Canvas where WebGL would be emulated on the CPU (SwiftShader,
 * llvmpipe: headless browsers, some VMs), since Canvas is several times faster there for a
 * diagram like ours. `?renderer=webgl|canvas` overrides the choice.
 */
export function chooseRenderer(search: string): number {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'webgl') return Phaser.WEBGL;
  if (asked === 'canvas') return Phaser.CANVAS;
  return softwareWebGl() ? Phaser.CANVAS : Phaser.AUTO;
}

function softwareWebGl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    return true;
  }
}
