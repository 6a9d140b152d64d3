// axe-core inside the popover page. Its source goes in through the DevTools protocol
// (`page.evaluate` of a string is Runtime.evaluate), which the page's CSP does not govern, so the
// test needs neither `bypassCSP` nor an inline <script> that the policy would (rightly) block.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
  summary: string;
}

/** The rules whose outcome depends on colours alone (see a11y.test.ts, dark scheme). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * Runs axe-core (WCAG 2.x A/AA plus best practices, or only `rules`) on the page as it is and
 * returns every violation, one line per rule and element, so a failing test names what to fix.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const findings = await page.evaluate(async (only) => {
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: Array<{
          id: string;
          impact: string | null;
          help: string;
          nodes: Array<{ target: unknown[]; failureSummary?: string }>;
        }>;
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, {
      runOnly: only
        ? { type: 'rule', values: only }
        : {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        targets: n.target.map(String),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
  }, rules ?? null);
  return findings.map(
    (f: AxeFinding) =>
      `${f.rule} (${f.impact ?? '?'}) at ${f.targets.join(' ')}: ${f.help}. ${f.summary}`,
  );
}
