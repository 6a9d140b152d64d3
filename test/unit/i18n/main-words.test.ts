// Words main writes for a person (the session line, LibreLinkUp failures, IPC answers) reach
// the views in the snapshot's language; the command line keeps English.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../common/i18n/catalogs';
import { ENGLISH_WORDS } from '../../../common/i18n/translate';
import type { LanguageSetting } from '../../../common/i18n/languages';
import { reduce } from '../../../main/core/app/reduce';
import type { CoreState } from '../../../main/core/app/state';
import { LluError } from '../../../main/core/llu/errors';
import { buildSnapshot } from '../../../main/core/snapshot/build-snapshot';
import { okSession, sessionFromError } from '../../../main/core/snapshot/session-view';
import { readingProblemText } from '../../../main/core/snapshot/notice-words';
import { trayViewFor } from '../../../main/core/tray/tray-view';
import { mapDomainError } from '../../../main/ipc/handlers';
import { createIpcRouter, type IpcHandlers, type IpcMainLike } from '../../../main/ipc/router';
import { INVOKE } from '../../../preload/contract';
import { NotFoundError } from '../../../main/core/app/errors';
import { silentLogger } from '../../../main/core/ports';
import { applySettingsPatch } from '../../../main/core/settings/apply-patch';
import { defaultSettings, describeIssues } from '../../../main/core/settings/schema';
import { SettingsError } from '../../../main/core/settings/settings-service';
import { installWords } from '../../../main/core/command/install-words';
import { miniMenuLabel } from '../../../main/core/window/mini-words';
import { readingsFrom, startState, testPatient } from '../../helpers/core-state';
import { HISTORY_NOTICE } from '../../../main/core/app/reduce';

const NOW = Date.UTC(2026, 11, 8, 1, 0, 0);

function failed(error: LluError, language: LanguageSetting = 'system'): CoreState {
  const state = startState(NOW);
  return {
    ...state,
    settings: { ...state.settings, language },
    session: sessionFromError(error, NOW + 5 * 60_000),
  };
}

const rateLimited = new LluError('rate_limited', 'LibreLinkUp is limiting requests (HTTP 429).', {
  httpStatus: 429,
  retryAfterSeconds: 300,
});

describe('LibreLinkUp failures in the person’s language', () => {
  it('the session line and the tray tooltip speak German, with the wait from the details', () => {
    const snapshot = buildSnapshot(failed(rateLimited, 'de'));
    expect(snapshot.session.message).toBe(
      'LibreLinkUp begrenzt die Anfragen. Glucobar wartet etwa 5 Minuten bis zum nächsten Versuch. Andere Apps, die demselben Konto folgen, zählen mit.',
    );
    expect(trayViewFor(snapshot, 'linux').model.tooltip).toContain('LibreLinkUp begrenzt');
  });

  it('a language change re-words the stored failure (French), nothing stays English', () => {
    const german = failed(rateLimited, 'de');
    const french = reduce(german, {
      type: 'settingsChanged',
      settings: { ...german.settings, language: 'fr' },
      now: NOW,
      localMinutesOfDay: 0,
    });
    const message = buildSnapshot(french).session.message;
    expect(message).toContain('LibreLinkUp limite les requêtes.');
    expect(message).toContain('environ 5 minutes');
  });

  it('the command line (no language, no OS list) keeps English', () => {
    expect(buildSnapshot(failed(rateLimited)).session.message).toBe(
      'LibreLinkUp is limiting requests. Glucobar will wait about 5 minutes before trying again. Other apps following the same account add to the limit.',
    );
  });

  it('server text in the details is sanitised before it is placed', () => {
    const region = new LluError('region_unknown', 'x', { region: 'eu\u202E3\n\u001b[31mX' });
    const message = buildSnapshot(failed(region, 'de')).session.message;
    expect(message).toContain('Region „eu3 X“');
    expect([...message].some((c) => '\u202E\n\u001b'.includes(c))).toBe(false);
  });

  it('a sign-in refused over IPC answers in the snapshot’s language', () => {
    const refused = new LluError('bad_credentials', 'LibreLinkUp did not accept the e-mail.');
    const de = createTranslator({ language: 'de', tag: 'de-DE' });
    expect(mapDomainError(refused, de)?.message).toMatch(
      /^LibreLinkUp hat diese E-Mail und dieses Passwort nicht akzeptiert\./,
    );
    expect(mapDomainError(refused)?.message).toMatch(/^LibreLinkUp did not accept this e-mail/);
  });

  it('signed out, connecting and ok have their own words', () => {
    const state = startState(NOW, { hasCredentials: false });
    const de = buildSnapshot({ ...state, settings: { ...state.settings, language: 'de' } });
    expect(de.session.message).toBe(
      'Melden Sie sich mit Ihrem LibreLinkUp-Konto an, um Glukosewerte zu sehen.',
    );
  });
});

describe('notices and untrusted readings in the person’s language', () => {
  const withLanguage = (state: CoreState, language: LanguageSetting): CoreState => ({
    ...state,
    settings: { ...state.settings, language },
  });
  const noticed = (): CoreState => ({
    ...startState(NOW),
    notices: [
      HISTORY_NOTICE,
      {
        key: 'notice.alarmNotShown',
        params: { title: 'Niedrig', body: '65 mg/dL' },
        at: Date.UTC(2026, 11, 8, 13, 5),
      },
    ],
  });

  it('stored notices are worded in German when the snapshot is built, clock time included', () => {
    const notices = buildSnapshot(withLanguage(noticed(), 'de')).notices;
    expect(notices[0]).toMatch(/^Glucobar kann Werte gerade nicht auf der Festplatte speichern/);
    expect(notices[1]).toMatch(/^Alarm um \d\d:\d\d: Niedrig — 65 mg\/dL$/);
  });

  it('a language change re-words them; without a language they stay English', () => {
    expect(buildSnapshot(withLanguage(noticed(), 'fr')).notices[0]).toMatch(
      /^Glucobar ne peut pas enregistrer les mesures/,
    );
    expect(buildSnapshot(noticed()).notices[0]).toMatch(/^Glucobar cannot save readings to disk/);
  });

  it('a future-dated newest reading is explained in German in the snapshot and the tray', () => {
    const reading = readingsFrom(NOW);
    const future: CoreState = {
      ...startState(NOW),
      session: okSession,
      patients: [testPatient('a', reading(30, 140))],
    };
    const snapshot = buildSnapshot(withLanguage(future, 'de'));
    expect(snapshot.readingProblem?.message).toBe(
      'Der neueste Wert ist 30 Min. in die Zukunft datiert: Die Uhr des Sensors oder dieses Computers scheint falsch zu gehen.',
    );
    expect(snapshot.notices).toContain(snapshot.readingProblem?.message);
    expect(trayViewFor(snapshot, 'linux').model.tooltip).toContain('in die Zukunft datiert');
    expect(buildSnapshot(future).readingProblem?.message).toMatch(/dated 30 min ahead/);
  });

  it('a person LibreLinkUp names no name for is called so in German', () => {
    const state: CoreState = {
      ...startState(NOW),
      patients: [testPatient('a', null, { firstName: ' ', lastName: '' })],
    };
    const snapshot = buildSnapshot(withLanguage(state, 'de'));
    expect(snapshot.patientName).toBe('Ohne Namen');
    expect(snapshot.patients[0]?.name).toBe('Ohne Namen');
    expect(buildSnapshot(state).patientName).toBe('Unnamed');
  });

  it('an impossible value is explained in French with the locale’s numbers', () => {
    const reading = readingsFrom(NOW);
    const state: CoreState = {
      ...startState(NOW),
      patients: [testPatient('a', reading(-1, 9000))],
    };
    expect(buildSnapshot(withLanguage(state, 'fr')).readingProblem?.message).toBe(
      'La dernière mesure n’est pas une valeur qu’un capteur peut mesurer (40–500 mg/dL, HI, LO) : non affichée.',
    );
  });
});

describe('the English words of an untrusted reading (CLI, English snapshot)', () => {
  const at = (minutes: number) => ({ time: NOW + minutes * 60_000 });
  it('says the clock looks wrong and by how much', () => {
    expect(readingProblemText(at(12), 'futureDated', NOW, ENGLISH_WORDS)).toMatch(
      /dated 12 min ahead: .*clock looks wrong/,
    );
    expect(readingProblemText(at(60 * 24), 'futureDated', NOW, ENGLISH_WORDS)).toMatch(
      /dated 24 h ahead/,
    );
  });

  it('never names the impossible number itself', () => {
    const words = readingProblemText(at(0), 'implausible', NOW, ENGLISH_WORDS);
    expect(words).toMatch(/not a value a sensor can measure \(40–500 mg\/dL, HI, LO\)/);
    expect(words).not.toMatch(/\b0\b/);
  });
});

describe('update offers, the mini view item and the command installer in the person’s language', () => {
  const german = (): CoreState => {
    const state = startState(NOW);
    return { ...state, session: okSession, settings: { ...state.settings, language: 'de' } };
  };

  it('the update offer reads German in the snapshot and the tray menu', () => {
    const offered = reduce(german(), {
      type: 'updateOffered',
      offer: { key: 'update.download', version: '1.2.3', action: 'open-download-page' },
      now: NOW,
      localMinutesOfDay: 0,
    });
    const snapshot = buildSnapshot(offered);
    expect(snapshot.update?.label).toBe('Glucobar 1.2.3 ist verfügbar — herunterladen');
    const item = trayViewFor(snapshot, 'linux').menu.find((i) => i.id === 'update');
    expect(item?.label).toBe('Glucobar 1.2.3 ist verfügbar — herunterladen');
    const english = reduce(
      { ...offered, settings: { ...offered.settings, language: 'en' } },
      {
        type: 'tick',
        now: NOW,
        localMinutesOfDay: 0,
      },
    );
    expect(buildSnapshot(english).update?.label).toBe('Glucobar 1.2.3 is available — download');
  });

  it('the mini view item says in German what Wayland does not allow', () => {
    const { menu } = trayViewFor(buildSnapshot(german()), 'linux', {
      miniView: { open: false, limit: 'waylandNoOnTop' },
    });
    expect(menu.find((i) => i.id === 'mini-view')?.label).toBe(
      'Mini-Ansicht (Wayland kann sie nicht im Vordergrund halten)',
    );
    expect(miniMenuLabel('fullScreenCovers')).toBe('Mini view (full-screen apps cover it)');
  });

  it('the installer’s message box is French when the snapshot is, English by default', () => {
    const fr = createTranslator({ language: 'fr', tag: 'fr-FR' });
    const failed = { kind: 'failed', path: '/usr/local/bin/glucobar', code: 'EACCES' } as const;
    expect(installWords(failed, 'linux', fr)).toEqual({
      tone: 'warning',
      message: 'La commande glucobar n’a pas pu être installée',
      detail: '/usr/local/bin/glucobar : permission refusée. Rien n’a été modifié.',
    });
    expect(installWords(failed, 'linux').detail).toBe(
      '/usr/local/bin/glucobar: permission denied. Nothing was changed.',
    );
  });
});

describe('answers to the popover’s requests in the person’s language', () => {
  const de = createTranslator({ language: 'de', tag: 'de-DE' });
  const refusal = () => {
    const result = applySettingsPatch(defaultSettings(), {
      alarms: {
        urgentLow: { enabled: true, threshold: 75 },
        low: { enabled: true, threshold: 70 },
      },
    });
    if (result.ok) throw new Error('expected a refusal');
    return new SettingsError('invalid_request', result.message, result.issues);
  };

  it('a refused settings change says what is wrong in German; English stays as before', () => {
    expect(mapDomainError(refusal(), de)?.message).toBe(
      'Ungültige Einstellungen: alarms.urgentLow.threshold: muss unter dem Alarm für niedrig liegen',
    );
    expect(mapDomainError(refusal())?.message).toBe(
      'Invalid settings: alarms.urgentLow.threshold: must be below the low alarm',
    );
    const bound = applySettingsPatch(defaultSettings(), { staleAfterMinutes: 1 });
    expect(bound.ok || describeIssues(bound.issues, de)).toBe(
      'staleAfterMinutes: muss mindestens 2 sein',
    );
  });

  it('a person not followed, a save that failed and the router’s own answers', async () => {
    expect(mapDomainError(new NotFoundError('x'), de)?.message).toBe(
      'Dieses Konto folgt dieser Person nicht.',
    );
    expect(mapDomainError(new SettingsError('storage_failed', 'x'), de)?.message).toBe(
      'Glucobar konnte Ihre Einstellungen nicht speichern.',
    );
    const channels = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    createIpcRouter(
      { handle: (channel, listener) => channels.set(channel, listener), removeHandler: () => {} },
      {
        isTrustedSender: () => false,
        handlers: {} as IpcHandlers,
        logger: silentLogger,
        words: () => de,
      },
    );
    const answer = await channels.get(INVOKE.getSnapshot)?.({ senderFrame: null });
    expect(answer).toMatchObject({
      ok: false,
      message: 'Diese Anfrage kam nicht aus dem Glucobar-Fenster.',
    });
  });
});
