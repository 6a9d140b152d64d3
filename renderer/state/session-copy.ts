// PURE: what each session state says to a person, and which next steps it offers. One table,
// so every state has plain words and an action, and tests can check the table directly.
import type { SessionStatus, Snapshot } from '../../preload/contract';
import { ENGLISH_WORDS, type MessageKey, type Translator } from '../../common/i18n/translate';

/** Gate states replace the whole popover: there is nothing useful to show until acted on. */
const GATES: ReadonlySet<SessionStatus> = new Set<SessionStatus>([
  'signed_out',
  'bad_credentials',
  'unauthorized',
  'terms_required',
  'email_verification_required',
  'locked_out',
  'no_connections',
  'region_unknown',
  'sign_in_step_required',
  'password_expired',
]);

export type SessionAction = 'signIn' | 'acceptTerms' | 'help' | 'retry' | 'project';

export interface SessionCopy {
  title: string;
  body: string[];
  actions: SessionAction[];
  /** Show the time of `retryAt` (and a live countdown for lockouts). */
  retry: 'none' | 'time' | 'countdown';
}

/** True when the popover shows a full-screen session screen instead of data. */
export function isGate(snapshot: Snapshot): boolean {
  if (GATES.has(snapshot.session.status)) return true;
  return snapshot.session.status === 'connecting' && snapshot.current === null;
}

/** True while readings keep arriving; otherwise the last value is shown as not current. */
export function isLive(snapshot: Snapshot): boolean {
  return snapshot.session.status === 'ok' || snapshot.session.status === 'connecting';
}

const DOCUMENT_KEYS = { tou: 'sessionCopy.doc.tou', pp: 'sessionCopy.doc.pp' } as const;

type Copy = Pick<SessionCopy, 'actions' | 'retry'> & { title: MessageKey; body: MessageKey[] };

/** The table: keys into locales/*.json (sessionCopy.*), next steps and retry display. */
const COPY: Record<Exclude<SessionStatus, 'ok'>, Copy> = {
  signed_out: {
    title: 'sessionCopy.signed_out.title',
    body: ['sessionCopy.signed_out.body'],
    actions: ['signIn'],
    retry: 'none',
  },
  bad_credentials: {
    title: 'sessionCopy.bad_credentials.title',
    body: ['sessionCopy.bad_credentials.body1', 'sessionCopy.bad_credentials.body2'],
    actions: ['signIn'],
    retry: 'none',
  },
  unauthorized: {
    title: 'sessionCopy.unauthorized.title',
    body: ['sessionCopy.unauthorized.body'],
    actions: ['signIn'],
    retry: 'none',
  },
  terms_required: {
    title: 'sessionCopy.terms_required.title',
    body: ['sessionCopy.terms_required.body1', 'sessionCopy.terms_required.body2'],
    actions: ['help', 'acceptTerms'],
    retry: 'none',
  },
  email_verification_required: {
    title: 'sessionCopy.email_verification_required.title',
    body: [
      'sessionCopy.email_verification_required.body1',
      'sessionCopy.email_verification_required.body2',
    ],
    actions: ['help', 'retry'],
    retry: 'none',
  },
  locked_out: {
    title: 'sessionCopy.locked_out.title',
    body: ['sessionCopy.locked_out.body'],
    actions: ['signIn'],
    retry: 'countdown',
  },
  no_connections: {
    title: 'sessionCopy.no_connections.title',
    body: [
      'sessionCopy.no_connections.body1',
      'sessionCopy.no_connections.body2',
      'sessionCopy.no_connections.body3',
    ],
    actions: ['help', 'retry'],
    retry: 'none',
  },
  region_unknown: {
    title: 'sessionCopy.region_unknown.title',
    body: ['sessionCopy.region_unknown.body', 'sessionCopy.checkUpdateSafe'],
    actions: ['project', 'retry'],
    retry: 'none',
  },
  sign_in_step_required: {
    title: 'sessionCopy.sign_in_step_required.title',
    body: ['sessionCopy.sign_in_step_required.body1', 'sessionCopy.sign_in_step_required.body2'],
    actions: ['help', 'retry'],
    retry: 'none',
  },
  password_expired: {
    title: 'sessionCopy.password_expired.title',
    body: ['sessionCopy.password_expired.body'],
    actions: ['help', 'signIn'],
    retry: 'none',
  },
  api_changed: {
    title: 'sessionCopy.api_changed.title',
    body: ['sessionCopy.api_changed.body', 'sessionCopy.checkUpdateSafe'],
    actions: ['project', 'retry'],
    retry: 'none',
  },
  connecting: {
    title: 'sessionCopy.connecting.title',
    body: ['sessionCopy.connecting.body'],
    actions: [],
    retry: 'none',
  },
  offline: {
    title: 'sessionCopy.offline.title',
    body: ['sessionCopy.offline.body1', 'sessionCopy.offline.body2'],
    actions: ['retry'],
    retry: 'none',
  },
  server_unavailable: {
    title: 'sessionCopy.server_unavailable.title',
    body: ['sessionCopy.server_unavailable.body1', 'sessionCopy.keepsTrying'],
    actions: ['retry'],
    retry: 'time',
  },
  rate_limited: {
    title: 'sessionCopy.rate_limited.title',
    body: ['sessionCopy.rate_limited.body'],
    actions: [],
    retry: 'time',
  },
  blocked: {
    title: 'sessionCopy.blocked.title',
    body: ['sessionCopy.blocked.body1', 'sessionCopy.blocked.body2'],
    actions: [],
    retry: 'time',
  },
  client_outdated: {
    title: 'sessionCopy.client_outdated.title',
    body: ['sessionCopy.client_outdated.body1', 'sessionCopy.checkUpdate'],
    actions: ['project', 'retry'],
    retry: 'none',
  },
  bad_response: {
    title: 'sessionCopy.bad_response.title',
    body: ['sessionCopy.bad_response.body1', 'sessionCopy.bad_response.body2'],
    actions: ['retry', 'project'],
    retry: 'none',
  },
  patient_not_found: {
    title: 'sessionCopy.patient_not_found.title',
    body: ['sessionCopy.patient_not_found.body'],
    actions: ['retry'],
    retry: 'none',
  },
};

export function sessionCopy(snapshot: Snapshot, i18n: Translator = ENGLISH_WORDS): SessionCopy {
  const { session } = snapshot;
  if (session.status === 'ok') return { title: '', body: [], actions: [], retry: 'none' };
  const copy = COPY[session.status];
  const params = {
    doc: i18n.t(DOCUMENT_KEYS[session.document ?? 'tou']),
    version: session.minimumVersion ?? i18n.t('sessionCopy.newerVersion'),
    notCurrent: i18n.t('sessionCopy.notCurrent'),
  };
  return {
    title: i18n.t(copy.title, params),
    body: copy.body.map((key) => i18n.t(key, params)),
    actions: [...copy.actions],
    retry: copy.retry,
  };
}
