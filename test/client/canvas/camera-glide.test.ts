// The glide's transform: the picture drawn for one camera, moved and scaled, puts every point where the new camera would.
import { expect } from 'chai';
import { glideTransform } from '../../../client/canvas/camera-glide';

/** Where a transform `translate(tx, ty) scale(s)` (origin at the top left) moves a point drawn at (x, y). */
function moved(transform: string, x: number, y: number) {
  const number = '(-?[\\d.]+(?:e-?\\d+)?)';
  const parts = new RegExp(`^translate\\(${number}px, ${number}px\\) scale\\(${number}\\)$`).exec(transform);
  if (!parts) throw new Error(`test: not a glide transform: ${transform}`);
  const [tx, ty, s] = parts.slice(1).map(Number);
  return { x: x * s + tx, y: y * s + ty };
}

describe('The camera glide transform', () => {
  it('When the camera pans and zooms, then each model point drawn for the old camera lands where the new camera draws it', () => {
    const drawn = { zoom: 0.4, pan: { x: 120, y: -35 } };
    const now = { zoom: 1.3, pan: { x: -410, y: 260 } };
    const transform = glideTransform(drawn, now);
    for (const point of [{ x: 0, y: 0 }, { x: 350, y: -120 }, { x: -2000, y: 900 }]) {
      const onScreenBefore = { x: point.x * drawn.zoom + drawn.pan.x, y: point.y * drawn.zoom + drawn.pan.y };
      const got = moved(transform, onScreenBefore.x, onScreenBefore.y);
      expect(got.x).to.be.closeTo(point.x * now.zoom + now.pan.x, 1e-9);
      expect(got.y).to.be.closeTo(point.y * now.zoom + now.pan.y, 1e-9);
    }
  });

  it('When the camera has not moved, then the picture is not moved either', () => {
    const camera = { zoom: 2, pan: { x: 5, y: 7 } };
    expect(glideTransform(camera, camera)).to.equal('translate(0px, 0px) scale(1)');
  });
});
