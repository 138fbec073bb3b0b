// Whether this browser draws WebGL on a graphics card: a software rasterizer (SwiftShader, llvmpipe) is slower than the 2D canvas.

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

export function hardwareWebgl(doc: Document = document): boolean {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    return !SOFTWARE.test(renderer);
  } catch {
    return false;
  }
}
