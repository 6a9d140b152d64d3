import { createAppCore } from '../core/app-core';
import { createMemorySettings } from '../core/app/memory-settings';
import { defaultSettings } from '../core/settings/schema';
import type { Units } from '../../common/glucose/vocabulary';
import type { SensorDays } from './args';
import type { CliContext, CliIo } from './context';
import { createNamesRecorder } from './record';

type AppCoreOptions = Parameters<typeof createAppCore>[0];

/**
 * The app's core as the command line runs it (`status --watch`, `daemon`): settings in memory
 * (the command keeps no settings file), no credential store (credentials come from the
 * environment on every start), and the caller's choice of how alarms reach a person. Both keep
 * patients.json current, so `glucobar export` can name the people a watch or daemon collected.
 */
export function createCliCore(
  context: CliContext,
  io: CliIo,
  options: {
    units: Units | null;
    sensorDays: SensorDays;
    notifier: AppCoreOptions['notifier'];
    localMinutesOfDay: AppCoreOptions['localMinutesOfDay'];
  },
): { core: ReturnType<typeof createAppCore>; settings: ReturnType<typeof createMemorySettings> } {
  const settings = createMemorySettings({
    ...defaultSettings(),
    ...(options.units ? { units: options.units } : {}),
    ...(options.sensorDays !== null ? { sensorLifetimeDays: options.sensorDays } : {}),
  });
  const core = createAppCore({
    clock: io.clock,
    random: Math.random,
    logger: io.logger,
    client: context.client,
    history: context.history,
    settings,
    credentials: { save: async () => {}, clear: async () => {} },
    notifier: options.notifier,
    demo: context.demo,
    hasCredentials: true,
    localMinutesOfDay: options.localMinutesOfDay,
  });
  const recordNames = createNamesRecorder(context.stateDir, context.warnings);
  core.onSnapshot((snapshot) => recordNames(snapshot.patients));
  return { core, settings };
}
