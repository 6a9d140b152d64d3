// No words written into views: every text a person reads in the popover's components and the
// tray's word modules comes from locales/*.json. The rule is in text-literals.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTextLiterals, findWordLiterals } from './text-literals';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/**
 * Components still written in English, converted file by file (report's and mini's files
 * after their owners finish). Each must still hold literals: converting one fails this test
 * until it leaves the list, so the list never claims more than is true.
 */
const PENDING = new Set<string>([]);
const COMPONENTS = readdirSync(new URL('renderer/components/', root)).filter((f) =>
  f.endsWith('.ts'),
);
const WORD_MODULES = [
  'main/core/tray/tray-text.ts',
  'main/core/tray/tray-menu.ts',
  'main/core/tray/tray-status.ts',
  'common/sensor/sensor-words.ts',
  'common/glucose/trend.ts',
  'common/glucose/staleness.ts',
  'common/glucose/range-label.ts',
  'main/core/alarms/messages.ts',
  'main/core/alarms/notification-privacy.ts',
  'renderer/format/time.ts',
  'renderer/state/session-copy.ts',
  'renderer/charts/chart-words.ts',
  'renderer/charts/long-span-config.ts',
  'renderer/charts/agp-config.ts',
  'renderer/charts/chart-config.ts',
  'renderer/format/percent.ts',
];

describe('the no-literal rule', () => {
  it('catches words planted in every text position of a component', () => {
    const planted = [
      "h('p', {}, 'Hello there');",
      "h('button', { 'aria-label': 'Close' }, '×');",
      "h('span', { title: `Last ${age}` });",
      "el.textContent = ok ? 'Saved.' : message;",
      "setText(status, message ?? 'Saving…');",
      "button.setAttribute('title', 'Open');",
    ].join('\n');
    expect(findTextLiterals(planted).map((f) => f.text)).toEqual([
      'Hello there',
      'Close',
      'Last ',
      'Saved.',
      'Saving…',
      'Open',
    ]);
  });

  it('lets symbols, keys and class names through', () => {
    const fine = [
      "h('p', { class: 'sensor-line', id: 'x' }, '×', '·', ' — ');",
      "h('span', {}, 'mg/dL', 'HI', `${value} mmol/L`);",
      "setText(el, t('menu.quit'));",
    ].join('\n');
    expect(findTextLiterals(fine)).toEqual([]);
  });

  it('catches a sentence or a capitalised word in a word module', () => {
    const planted = "const a = 'Pause alarms'; const b = `${n} minutes ago`; const c = 'Units';";
    expect(findWordLiterals(planted).map((f) => f.text)).toEqual([
      'Pause alarms',
      ' minutes ago',
      'Units',
    ]);
    const code = "const id = 'alarms:pause'; t('menu.open'); h('p', { class: 'chart agp' });";
    expect(findWordLiterals(code)).toEqual([]);
  });
});

/** Both rules: literals in text positions, and any literal that reads as words. */
function literalsIn(file: string) {
  const source = read(`renderer/components/${file}`);
  return [...findTextLiterals(source, file), ...findWordLiterals(source, file)];
}

describe.each(COMPONENTS.filter((f) => !PENDING.has(f)))('renderer/components/%s', (file) => {
  it('writes no words of its own', () => {
    expect(literalsIn(file)).toEqual([]);
  });
});

describe.each([...PENDING])('renderer/components/%s (not yet converted)', (file) => {
  it('is still pending: it has literals left (else take it off PENDING)', () => {
    expect(literalsIn(file)).not.toEqual([]);
  });
});

describe.each(WORD_MODULES)('%s', (path) => {
  it('has no words of its own', () => {
    expect(findWordLiterals(read(path), path)).toEqual([]);
  });
});

/** The mini view's page: a view (both rules) and its entry (the bridge-missing line). */
const MINI_PAGE = readdirSync(new URL('renderer/mini/', root))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `renderer/mini/${f}`);

describe.each(MINI_PAGE)('%s', (path) => {
  it('writes no words of its own', () => {
    const source = read(path);
    expect([...findTextLiterals(source, path), ...findWordLiterals(source, path)]).toEqual([]);
  });
});

/** Word modules the popover reads that are still English (status-banner and update-line show them). */
const PENDING_WORD_MODULES: string[] = [];

describe.each(PENDING_WORD_MODULES)('%s (not yet converted)', (path) => {
  it('is still pending: it has words left (else move it to WORD_MODULES)', () => {
    expect(findWordLiterals(read(path), path)).not.toEqual([]);
  });
});

/** Main's words for a person (session line, failures, IPC answers): from the catalogs. */
const MAIN_WORD_MODULES = [
  'main/core/snapshot/session-view.ts',
  'main/core/snapshot/llu-words.ts',
  'main/core/snapshot/notice-words.ts',
  'main/core/snapshot/patient-choice.ts',
  'main/core/app/reduce.ts',
  'main/core/settings/load-notice.ts',
  'main/core/window/notification-fallback.ts',
  'main/adapters/startup-notices.ts',
  'main/core/updates/update-policy.ts',
  'main/core/updates/update-words.ts',
  'main/core/window/mini-words.ts',
  'main/core/command/install-words.ts',
  'main/ipc/handlers.ts',
  'main/adapters/ipc-wiring.ts',
];

describe.each(MAIN_WORD_MODULES)('%s (main, converted)', (path) => {
  it('has no words of its own', () => {
    expect(findWordLiterals(read(path), path)).toEqual([]);
  });
});
