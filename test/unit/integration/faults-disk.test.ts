// The history's disk failing under the running app: full, killed half-way through a write, a
// damaged file found at the next start. The app must keep showing values, keep readings in
// memory, say what is wrong, and save or repair what it can once it can.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { patientDirName } from '../../../main/core/history';
import { duplicates, inventedReadings, missingReadings } from './checks';
import { createFaultyFs } from './faulty-fs';
import { HOUR, MINUTE, startRig, type Rig } from './rig';

const START = Date.UTC(2026, 10, 24, 8, 0, 0);
let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const all = (id: string) => rig!.history.range(id, 0, Number.POSITIVE_INFINITY);
const diskNotice = (notices: readonly string[]) => notices.filter((n) => /disk/i.test(n));

describe('history on a failing disk, through the app core', () => {
  it('a full disk: values keep coming, readings wait in memory, the problem is shown, then saved', async () => {
    const fs = createFaultyFs();
    rig = await startRig({ start: START, historyFs: fs });
    const { sim, core, patientIds } = rig;
    core.start();
    await rig.advance(20 * MINUTE);
    fs.full = true;
    const fullFrom = sim.control.now();
    await rig.advance(30 * MINUTE);

    const snapshot = core.snapshot();
    expect(snapshot.session.status).toBe('ok');
    expect(snapshot.current?.stale).toBe(false);
    expect(diskNotice(snapshot.notices)).toHaveLength(1);
    expect(rig.logs.some((l) => l.level === 'error' && /history/.test(l.message))).toBe(true);
    // The chart still has the unsaved half hour.
    const focus = snapshot.selectedPatientId!;
    const series = await core.history({ patientId: focus, span: '3h' });
    expect(series.times.filter((t) => t >= fullFrom).length).toBeGreaterThanOrEqual(28);
    const onDisk = rig.reopenHistory();
    expect(await onDisk.range(focus, fullFrom, Number.POSITIVE_INFINITY)).toEqual([]);
    await onDisk.close();

    fs.full = false;
    await rig.advance(3 * MINUTE);
    expect(diskNotice(core.snapshot().notices)).toEqual([]);
    // Everything, including the half hour, is on disk now: a fresh store finds it.
    const reopened = rig.reopenHistory();
    for (const id of patientIds) {
      expect(await reopened.range(id, 0, Number.POSITIVE_INFINITY)).toEqual(await all(id));
      expect(
        await missingReadings(sim, reopened, id, { from: START, to: sim.control.now() }),
      ).toEqual([]);
    }
    expect(reopened.problems()).toEqual([]);
    await reopened.close();
  });

  it('killed in the middle of a write: the next start reports the torn record, loses at most it, and repairs the file', async () => {
    const fs = createFaultyFs();
    rig = await startRig({ start: START, historyFs: fs });
    const { sim, patientIds } = rig;
    rig.core.start();
    await rig.advance(30 * MINUTE);
    fs.tearNextAppend();
    for (let s = 0; s < 120 && fs.tornFile === null; s += 1) await rig.advance(1_000);
    expect(fs.tornFile).not.toBeNull();
    // The process dies right there: nothing more is written, nothing closed.
    await rig.restart({ kill: true, historyFs: createFaultyFs() });
    await rig.advance(HOUR);

    expect(rig.core.snapshot().session.status).toBe('ok');
    expect(rig.history.problems()).toEqual([
      expect.objectContaining({ kind: 'torn_write', records: 1 }),
    ]);
    const torn = rig.history.problems()[0]!.patientId;
    for (const id of patientIds) {
      const missing = await missingReadings(sim, rig.history, id, {
        from: START,
        to: sim.control.now(),
      });
      // The torn reading is gone unless it was also a graph point (the restart's backfill).
      expect(missing.length).toBeLessThanOrEqual(id === torn ? 1 : 0);
      expect(await inventedReadings(sim, rig.history, id, START, sim.control.now())).toEqual([]);
      expect(duplicates(await all(id))).toEqual([]);
    }
    // Repaired once: the start after this one finds nothing wrong.
    await rig.restart();
    await rig.advance(MINUTE);
    expect(rig.history.problems()).toEqual([]);
  });

  it('a damaged record found at start: reported, only that reading lost, the file rewritten clean', async () => {
    rig = await startRig({ start: START });
    const { sim, patientIds } = rig;
    rig.core.start();
    await rig.advance(HOUR);
    rig.core.stop();
    // Garbage over the middle of one record of the first wearer's day file.
    const folder = join(rig.dir, patientDirName(patientIds[0]!));
    const file = join(folder, (await readdir(folder)).sort().at(-1)!);
    const bytes = await readFile(file);
    bytes.fill(0x5a, 16 + 20 * 16 + 4, 16 + 20 * 16 + 9);
    await writeFile(file, bytes);
    await rig.restart();
    await rig.advance(HOUR);

    expect(rig.core.snapshot().session.status).toBe('ok');
    expect(rig.history.problems()).toEqual([
      expect.objectContaining({ patientId: patientIds[0], kind: 'corrupt_record', records: 1 }),
    ]);
    for (const id of patientIds) {
      const missing = await missingReadings(sim, rig.history, id, {
        from: START,
        to: sim.control.now(),
      });
      expect(missing.length).toBeLessThanOrEqual(id === patientIds[0] ? 1 : 0);
      expect(duplicates(await all(id))).toEqual([]);
    }
    await rig.restart();
    await rig.advance(MINUTE);
    expect(rig.history.problems()).toEqual([]);
  });
});
