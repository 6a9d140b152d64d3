// README's JSON section is what status-bar scripts are written against: every error code the
// CLI can print is documented there, and the success example has the sensor field as printed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LluErrorCode } from '../../../main/core/llu/errors';
import { sensorJson } from '../../../main/core/sensor/sensor-json';

// `satisfies` makes a new code without an entry here a compile error.
const CODES = {
  credentials_missing: true,
  network: true,
  bad_credentials: true,
  terms_required: true,
  email_verification_required: true,
  locked_out: true,
  rate_limited: true,
  blocked: true,
  client_outdated: true,
  no_connections: true,
  patient_not_found: true,
  unauthorized: true,
  server_unavailable: true,
  bad_response: true,
  region_unknown: true,
  sign_in_step_required: true,
  password_expired: true,
  api_changed: true,
} satisfies Record<LluErrorCode, true>;

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const jsonSection = readme.slice(
  readme.indexOf('**JSON output**'),
  readme.indexOf('**Exit status:**'),
);

describe("README's JSON section", () => {
  it.each(Object.keys(CODES))('documents the error code %s', (code) => {
    expect(jsonSection).toContain(`\`${code}\``);
  });

  it('shows the sensor object with the fields the CLI prints', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(jsonSection)?.[1];
    const printed = sensorJson({
      serial: 'X',
      state: 'active',
      activatedAt: 0,
      warmupEndsAt: 0,
      endsAt: 0,
      daysLeft: 1,
    });
    const shown = (JSON.parse(example ?? '{}') as { sensor?: object }).sensor ?? {};
    expect(Object.keys(shown).sort()).toEqual(Object.keys(printed).sort());
  });
});
