// Electron's Rectangle/Point shapes and the few sums the stand-in needs on them.
export interface Point {
  x: number;
  y: number;
}

export interface Rectangle extends Point {
  width: number;
  height: number;
}

export function inside(inner: Rectangle, outer: Rectangle): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

export function centreOf(r: Rectangle): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}
