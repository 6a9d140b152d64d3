// PURE: what each session state says to a person, and which next steps it offers. One table,
// so every state has plain words and an action, and tests can check the table directly.
import type { SessionStatus, Snapshot } from '../../preload/contract';

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

const DOCUMENT_NAMES = { tou: 'Terms of Use', pp: 'Privacy Policy' } as const;
const NOT_CURRENT = 'The value shown is the last one received and is not current.';

export function sessionCopy(snapshot: Snapshot): SessionCopy {
  const { session } = snapshot;
  const doc = DOCUMENT_NAMES[session.document ?? 'tou'];
  const version = session.minimumVersion ?? 'a newer version';
  switch (session.status) {
    case 'signed_out':
      return {
        title: 'Sign in to LibreLinkUp',
        body: [
          'Use the email and password of your LibreLinkUp follower account. ' +
            'Your region is found automatically.',
        ],
        actions: ['signIn'],
        retry: 'none',
      };
    case 'bad_credentials':
      return {
        title: 'LibreLinkUp did not accept this email and password',
        body: [
          'Use your LibreLinkUp follower account (the one in the LibreLinkUp app), ' +
            'not the FreeStyle LibreLink account of the person wearing the sensor.',
          'Glucobar does not retry on its own, so the account does not get locked.',
        ],
        actions: ['signIn'],
        retry: 'none',
      };
    case 'unauthorized':
      return {
        title: 'Please sign in again',
        body: [
          'LibreLinkUp ended this sign-in, for example after a password change. ' +
            'Sign in again to keep following.',
        ],
        actions: ['signIn'],
        retry: 'none',
      };
    case 'terms_required':
      return {
        title: `LibreLinkUp asks you to accept its ${doc}`,
        body: [
          `Abbott updated the LibreLinkUp ${doc}. LibreLinkUp shares no readings until you accept it.`,
          'You can read it on Abbott’s LibreLinkUp pages or in the LibreLinkUp app. ' +
            'Accepting here is the same as accepting in the app.',
        ],
        actions: ['help', 'acceptTerms'],
        retry: 'none',
      };
    case 'email_verification_required':
      return {
        title: 'Confirm your email address',
        body: [
          'LibreLinkUp wants this account’s email address verified before it shares readings.',
          'Open the LibreLinkUp app on your phone, sign in and follow the email it sends you. ' +
            'Then press Try again.',
        ],
        actions: ['help', 'retry'],
        retry: 'none',
      };
    case 'locked_out':
      return {
        title: 'Sign-in is locked for a few minutes',
        body: [
          'LibreLinkUp locked sign-in after several failed attempts. ' +
            'When the lock ends, check the password and sign in again.',
        ],
        actions: ['signIn'],
        retry: 'countdown',
      };
    case 'no_connections':
      return {
        title: 'Nobody to follow yet',
        body: [
          'This LibreLinkUp account does not follow anyone.',
          'To follow someone: in their FreeStyle LibreLink app they choose Connected Apps → ' +
            'LibreLinkUp → Add connection and enter your email. Accept the invitation in the ' +
            'LibreLinkUp app.',
          'To follow yourself: invite a LibreLinkUp account with a second email address the same way.',
        ],
        actions: ['help', 'retry'],
        retry: 'none',
      };
    case 'region_unknown':
      return {
        title: 'Unknown LibreLinkUp region',
        body: [
          'LibreLinkUp sent this account to a region Glucobar does not know yet, so it cannot read data.',
          'Check for a Glucobar update. Your account is not affected.',
        ],
        actions: ['project', 'retry'],
        retry: 'none',
      };
    case 'sign_in_step_required':
      return {
        title: 'Finish signing in elsewhere',
        body: [
          'LibreLinkUp asks for a step Glucobar cannot complete, such as a two-factor check ' +
            'or a new document.',
          'Sign in once in the official LibreLinkUp app, or on the LibreView website, and ' +
            'finish it there. Then press Try again.',
        ],
        actions: ['help', 'retry'],
        retry: 'none',
      };
    case 'password_expired':
      return {
        title: 'LibreView wants a new password',
        body: [
          'LibreView asks for a password change about once a year. Change it in the ' +
            'LibreLinkUp app or on the LibreView website, then sign in here with the new one.',
        ],
        actions: ['help', 'signIn'],
        retry: 'none',
      };
    case 'api_changed':
      return {
        title: 'LibreLinkUp has changed; Glucobar needs an update',
        body: [
          `LibreLinkUp's answers no longer match anything this version of Glucobar knows. ${NOT_CURRENT}`,
          'Check for a Glucobar update. Your account is not affected.',
        ],
        actions: ['project', 'retry'],
        retry: 'none',
      };
    case 'connecting':
      return {
        title: 'Connecting to LibreLinkUp…',
        body: ['Signing in and fetching the latest reading.'],
        actions: [],
        retry: 'none',
      };
    case 'offline':
      return {
        title: 'Offline',
        body: [
          `No internet connection. ${NOT_CURRENT}`,
          'Glucobar retries when you are back online.',
        ],
        actions: ['retry'],
        retry: 'none',
      };
    case 'server_unavailable':
      return {
        title: 'LibreLinkUp is not answering',
        body: [
          `Abbott’s server is unavailable right now. ${NOT_CURRENT}`,
          'Glucobar keeps trying.',
        ],
        actions: ['retry'],
        retry: 'time',
      };
    case 'rate_limited':
      return {
        title: 'LibreLinkUp asked Glucobar to slow down',
        body: [`Too many requests reached LibreLinkUp. ${NOT_CURRENT}`],
        actions: [],
        retry: 'time',
      };
    case 'blocked':
      return {
        title: 'LibreLinkUp is refusing requests for now',
        body: [
          `LibreLinkUp (or its firewall) is temporarily blocking requests from this network. ${NOT_CURRENT}`,
          'Another LibreLinkUp tool using the same account or network can cause this.',
        ],
        actions: [],
        retry: 'time',
      };
    case 'client_outdated':
      return {
        title: 'LibreLinkUp wants a newer app version',
        body: [
          `LibreLinkUp asked for app version ${version}. Glucobar already retried as that ` +
            `version and was still refused. ${NOT_CURRENT}`,
          'Check for a Glucobar update.',
        ],
        actions: ['project', 'retry'],
        retry: 'none',
      };
    case 'bad_response':
      return {
        title: 'Unexpected answer from LibreLinkUp',
        body: [
          `LibreLinkUp sent data Glucobar could not read; the service may have changed. ${NOT_CURRENT}`,
          'Glucobar keeps trying. If this lasts, check for an update.',
        ],
        actions: ['retry', 'project'],
        retry: 'none',
      };
    case 'patient_not_found':
      return {
        title: 'Person not found',
        body: [
          'The person Glucobar was showing is no longer among your LibreLinkUp connections. ' +
            'Choose someone below, or ask them to invite you again.',
        ],
        actions: ['retry'],
        retry: 'none',
      };
    case 'ok':
      return { title: '', body: [], actions: [], retry: 'none' };
  }
}
