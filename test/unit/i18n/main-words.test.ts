// Words main writes for a person (the session line, LibreLinkUp failures, IPC answers) reach
// the views in the snapshot's language; the command line keeps English.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../common/i18n/catalogs';
import type { LanguageSetting } from '../../../common/i18n/languages';
import { reduce } from '../../../main/core/app/reduce';
import type { CoreState } from '../../../main/core/app/state';
import { LluError } from '../../../main/core/llu/errors';
import { buildSnapshot } from '../../../main/core/snapshot/build-snapshot';
import { sessionFromError } from '../../../main/core/snapshot/session-view';
import { trayViewFor } from '../../../main/core/tray/tray-view';
import { mapDomainError } from '../../../main/ipc/handlers';
import { startState } from '../../helpers/core-state';

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
