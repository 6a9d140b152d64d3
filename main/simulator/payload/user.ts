/**
 * Login-shaped answers (E1/E2): success with the user record and a 180-day ticket, the
 * document steps with their 1-hour ticket, redirects, and the failure bodies.
 */
import type { StepType, Ticket } from '../auth/tokens';
import { LOCKOUT_POLICY } from '../auth/lockout';
import type { SimAccount } from '../state/world';

type Json = Record<string, unknown>;

export function userRecord(account: SimAccount, nowMs: number): Json {
  const created = account.created;
  return {
    id: account.id,
    firstName: account.firstName,
    lastName: account.lastName,
    email: account.email,
    country: account.country,
    uiLanguage: 'en-US',
    communicationLanguage: 'en-US',
    accountType: 'pat',
    uom: '1',
    dateFormat: '2',
    timeFormat: '2',
    emailDay: [1],
    system: {
      messages: {
        firstUsePhoenix: created,
        lluGettingStartedBanner: created + 100,
        lluNewFeatureModal: created + 100,
        lvWebPostRelease: '3.16.19',
      },
    },
    details: {},
    twoFactor: {
      primaryMethod: 'email',
      primaryValue: account.email,
      secondaryMethod: '',
      secondaryValue: '',
    },
    created,
    lastLogin: Math.floor(nowMs / 1000),
    programs: {},
    dateOfBirth: 500_000_000,
    practices: {},
    devices: {},
    consents: { llu: { policyAccept: created, touAccept: created } },
  };
}

export function loginSuccessBody(account: SimAccount, ticket: Ticket, nowMs: number): Json {
  return {
    status: 0,
    data: {
      user: userRecord(account, nowMs),
      messages: { unread: 0 },
      notifications: { unresolved: 0 },
      authTicket: ticket,
      invitations: null,
      trustedDeviceToken: '',
    },
  };
}

export function redirectBody(region: string): Json {
  return { status: 0, data: { redirect: true, region } };
}

export function stepBody(account: SimAccount, step: StepType, ticket: Ticket): Json {
  const document = step !== 'verifyEmail';
  return {
    status: 4,
    data: {
      step: document
        ? {
            type: step,
            componentName: 'AcceptDocument',
            props: {
              reaccept: true,
              titleKey: step === 'tou' ? 'Common.termsOfUse' : 'Common.privacyPolicy',
              type: step,
            },
          }
        : { type: step, componentName: 'VerifyEmail', props: { email: account.email } },
      // The step's user record has no id (PYLLU test data).
      user: { accountType: 'pat', country: account.country, uiLanguage: 'en-US' },
      authTicket: ticket,
    },
  };
}

/** A step of a kind only the official apps can complete (two-factor, a password change, …). */
export function customStepBody(
  account: SimAccount,
  type: string,
  componentName: string | undefined,
  ticket: Ticket,
): Json {
  return {
    status: 4,
    data: {
      step: { type, ...(componentName !== undefined ? { componentName } : {}), props: {} },
      user: { accountType: 'pat', country: account.country, uiLanguage: 'en-US' },
      authTicket: ticket,
    },
  };
}

export function badCredentialsBody(message = 'notAuthenticated'): Json {
  return { status: 2, error: { message } };
}

export function lockedBody(): Json {
  return {
    status: 429,
    data: {
      code: 60,
      data: {
        failures: LOCKOUT_POLICY.failures,
        interval: LOCKOUT_POLICY.intervalSeconds,
        lockout: LOCKOUT_POLICY.lockoutSeconds,
      },
      message: 'locked',
    },
  };
}
