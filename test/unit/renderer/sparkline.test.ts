import { describe, expect, it } from 'vitest';
import { GAP_MS, sparklineShape } from '../../../renderer/mini/sparkline';

const MIN = 60_000;
const base = {
  to: 180 * MIN,
  spanMs: 180 * MIN,
  targets: { lowMgdl: 70, highMgdl: 180 },
  width: 200,
  height: 44,
};

describe('sparklineShape', () => {
  it('draws oldest to newest, left to right, higher values higher up, ending at the newest point', () => {
    const shape = sparklineShape({
      ...base,
      times: [0, 90 * MIN, 180 * MIN],
      mgdl: [100, 200, 60],
    });
    const points = [...shape.line.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(shape.line.startsWith('M')).toBe(true);
    expect(points).toHaveLength(3);
    expect(points[0]![0]).toBeLessThan(points[1]![0]!);
    expect(points[1]![1]).toBeLessThan(points[0]![1]!); // 200 above 100
    expect(points[2]![1]).toBeGreaterThan(points[0]![1]!); // 60 below 100
    expect(shape.last).toEqual({ x: points[2]![0], y: points[2]![1] });
    // The target band lies between the 200 and the 60.
    expect(shape.band!.y).toBeGreaterThan(points[1]![1]!);
    expect(shape.band!.y + shape.band!.height).toBeLessThan(points[2]![1]!);
  });

  it('breaks the line over a gap instead of drawing a straight trend through it', () => {
    const shape = sparklineShape({
      ...base,
      times: [0, 5 * MIN, 5 * MIN + GAP_MS + MIN, 6 * MIN + GAP_MS + MIN],
      mgdl: [100, 110, 150, 160],
    });
    expect(shape.line.match(/M/g)).toHaveLength(2);
  });

  it('leaves out readings outside the span and draws nothing without any', () => {
    const shape = sparklineShape({ ...base, times: [-MIN, 200 * MIN], mgdl: [100, 100] });
    expect(shape).toMatchObject({ line: '', last: null });
  });
});
