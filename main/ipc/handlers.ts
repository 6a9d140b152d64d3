import type { ExportOutcome } from '../../common/history';
import type { LinkId } from '../../common/links';
import type { Settings, SettingsPatch } from '../../common/settings';
import type { ErrorCode } from '../../preload/contract';
import type { AppCore } from '../core/app-core';
import { NotFoundError } from '../core/app/errors';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import { isLluError } from '../core/llu/errors';
import { lluMessage } from '../core/snapshot/llu-words';
import { describeIssues } from '../core/settings/schema';
import { SettingsError } from '../core/settings/settings-service';
import { externalUrlFor } from '../core/window/url-policy';
import { IpcFailure, type IpcHandlers } from './router';

/** What the handlers need besides the core: the few OS actions, passed in by main/index.ts. */
export interface HandlerDeps {
  core: AppCore;
  settings: { get(): Settings; update(patch: SettingsPatch): Promise<Settings> };
  /** Asks where to save (a system dialog) and writes; null when the person cancelled. */
  saveFile(suggestedName: string, content: string): Promise<string | null>;
  openExternal(url: string): Promise<void>;
  hidePopover(): void;
  /** Closes the mini view (its close button); the tray menu's checkbox follows. */
  closeMiniView(): void;
  /** The offer in `snapshot.update` was chosen (main/adapters/app-updates.ts). */
  acceptUpdate(): void;
  quit(): void;
  /** Called after a successful sign-in (the demo app restarts into the real account). */
  onSignedIn?(): void;
}

/** The IPC surface as calls into core. Validation and sender checks happen in the router. */
export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  const { core } = deps;
  return {
    getSnapshot: async () => core.snapshot(),
    getHistory: (request) => core.history(request),
    getReport: (request) => core.report(request),
    async signIn(credentials) {
      await core.signIn(credentials);
      deps.onSignedIn?.();
      return null;
    },
    async acceptTerms() {
      await core.acceptTerms();
      return null;
    },
    async signOut() {
      await core.signOut();
      return null;
    },
    async selectPatient({ patientId }) {
      await core.selectPatient(patientId);
      return null;
    },
    async refreshNow() {
      core.refreshNow();
      return null;
    },
    getSettings: async () => deps.settings.get(),
    updateSettings: (patch) => deps.settings.update(patch),
    async snoozeAlarm({ kind, minutes }) {
      core.snooze(kind, minutes);
      return null;
    },
    async exportHistory(request): Promise<ExportOutcome> {
      const file = await core.exportHistory(request);
      const path = await deps.saveFile(file.fileName, file.content);
      return path === null ? { saved: false } : { saved: true, path, rows: file.rows };
    },
    async openLink({ id }: { id: LinkId }) {
      await deps.openExternal(externalUrlFor(id));
      return null;
    },
    async hidePopover() {
      deps.hidePopover();
      return null;
    },
    async closeMiniView() {
      deps.closeMiniView();
      return null;
    },
    async acceptUpdate() {
      deps.acceptUpdate();
      return null;
    },
    async quit() {
      deps.quit();
      return null;
    },
  };
}

/**
 * Known domain errors become `{ok:false}` answers with their own message; others stay internal.
 * A LibreLinkUp failure is worded from its code and details in the person's language (`i18n`,
 * the snapshot's), like the session line in every view.
 */
export function mapDomainError(
  error: unknown,
  i18n: Translator = ENGLISH_WORDS,
): IpcFailure | null {
  if (isLluError(error)) {
    const code: ErrorCode = error.code === 'network' ? 'offline' : error.code;
    return new IpcFailure(code, lluMessage(error, i18n));
  }
  if (error instanceof SettingsError) return new IpcFailure(error.code, settingsWords(error, i18n));
  if (error instanceof NotFoundError) {
    return new IpcFailure('not_found', i18n.t('result.personNotFollowed'));
  }
  return null;
}

function settingsWords(error: SettingsError, i18n: Translator): string {
  if (error.code === 'storage_failed') return i18n.t('result.settingsNotSaved');
  if (!error.issues) return error.message;
  return i18n.t('result.invalidSettings', { details: describeIssues(error.issues, i18n) });
}
