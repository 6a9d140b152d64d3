// The report for 7 to 90 days: 5-band time in range next to the consensus goals, mean / GMI /
// CV / coverage (GMI only when it means something, else why not), low episodes, the daily
// pattern (AGP), one small graph per day and CSV export. Main computes every statistic; this
// view only presents them.
import type { ExportOutcome, Report, Result, Units } from '../../preload/contract';
import { CV_GOAL_PERCENT } from '../../common/glucose/consensus-goals';
import { REPORT_SPANS, type ReportSpan } from '../../common/history';
import type { Targets } from '../charts/chart-config';
import { h, setText } from '../dom';
import { formatFraction, formatPercentValue } from '../format/percent';
import { PRIVACY_MASK } from '../../common/glucose/privacy';
import { formatDay, spanWords } from '../format/time';
import { formatGlucose } from '../../common/glucose/units';
import type { Loadable } from '../state/app-state';
import { createAgpChart } from './agp-chart';
import type { Component } from './component';
import { createReportDays } from './report-days';
import { createReportEpisodes } from './report-episodes';
import { createReportGoals } from './report-goals';
import { createSpanSelector } from './span-selector';
import { ENGLISH_WORDS } from '../../common/i18n/translate';
import { createTirBar } from './tir-bar';

export interface ReportViewProps {
  report: Loadable<Report>;
  span: ReportSpan;
  unit: Units;
  targets: Targets | null;
  privacy: boolean;
}

export interface ReportViewActions {
  setReportSpan(span: ReportSpan): void;
  exportCsv(): Promise<Result<ExportOutcome>>;
}

/** Why GMI is not shown, in words, or '' when it is (or nothing can be said in privacy). */
export function gmiWithheldWords(report: Report, privacy: boolean): string {
  switch (report.gmiWithheld) {
    case 'span-too-short':
      return 'GMI is given for 14 days or more.';
    case 'low-wear':
      return privacy
        ? 'No GMI: the sensor was worn less than 70% of the time.'
        : `No GMI: readings cover ${formatFraction(report.coverage)} of the span, GMI needs 70%.`;
    default:
      return '';
  }
}

/** The outcome of an export in words. */
export function exportMessage(result: Result<ExportOutcome>): string {
  if (!result.ok) return `Export failed: ${result.message}`;
  if (!result.value.saved) return 'Export cancelled.';
  const file = result.value.path.split(/[\\/]/).pop() ?? result.value.path;
  return `Saved ${result.value.rows.toLocaleString()} readings to ${file}.`;
}

function stat(label: string, hint: string): { el: HTMLElement; value: HTMLElement } {
  const value = h('dd', {});
  return { el: h('div', { class: 'stat' }, h('dt', { title: hint }, label), value), value };
}

export function createReportView(
  props: ReportViewProps,
  actions: ReportViewActions,
): Component<ReportViewProps> {
  const spans = createSpanSelector(
    props.span,
    actions.setReportSpan,
    'Report span',
    ENGLISH_WORDS,
    REPORT_SPANS,
  );
  const heading = h('h2', {
    class: 'sr-only',
    'data-time': '',
    tabindex: -1,
    'data-autofocus': true,
  });
  const status = h('p', { class: 'report-status' });
  const mean = stat('Mean', 'Average glucose');
  const gmi = stat('GMI', 'Glucose management indicator: estimated A1C');
  const cv = stat(
    'CV',
    `Coefficient of variation: ${CV_GOAL_PERCENT}% or less is considered stable`,
  );
  const coverage = stat('Coverage', 'Share of the span with sensor readings');
  const stats = h('dl', { class: 'stats' }, mean.el, gmi.el, cv.el, coverage.el);
  const gmiNote = h('p', { class: 'gmi-note' });
  const footer = h('p', { class: 'report-footer', 'data-time': '' });
  const exportStatus = h('p', { class: 'export-status', role: 'status' });
  const exportButton = h('button', { type: 'button', class: 'secondary' }, 'Export CSV');
  // The body scrolls (a clinician's report is taller than the popover): focusable and named,
  // so keyboard users can scroll it too.
  const body = h(
    'div',
    { class: 'report-body', role: 'region', 'aria-label': 'Report details', tabindex: 0 },
    stats,
    gmiNote,
  );
  const el = h(
    'section',
    { class: 'report' },
    heading,
    spans.el,
    status,
    body,
    h('div', { class: 'export' }, exportButton, exportStatus),
  );
  let tir: ReturnType<typeof createTirBar> | null = null;
  let goals: ReturnType<typeof createReportGoals> | null = null;
  let episodes: ReturnType<typeof createReportEpisodes> | null = null;
  let agp: ReturnType<typeof createAgpChart> | null = null;
  let days: ReturnType<typeof createReportDays> | null = null;

  exportButton.addEventListener('click', () => {
    exportButton.disabled = true;
    setText(exportStatus, 'Exporting…');
    void actions.exportCsv().then((result) => {
      exportButton.disabled = false;
      setText(exportStatus, exportMessage(result));
    });
  });

  function update(next: ReportViewProps): void {
    spans.update(next.span);
    setText(heading, `Report for ${spanWords(next.span)}`);
    const r = next.report;
    setText(
      status,
      r.status === 'loading'
        ? 'Preparing the report…'
        : r.status === 'error'
          ? `Could not prepare the report: ${r.message}`
          : r.status === 'ready' && r.value.readings === 0
            ? `No readings in the last ${spanWords(next.span)}.`
            : '',
    );
    status.hidden = status.textContent === '';
    body.hidden = r.status !== 'ready' || r.value.readings === 0;
    exportButton.disabled = r.status !== 'ready';
    if (r.status !== 'ready' || body.hidden) return;
    const report = r.value;
    const p = next.privacy;
    const goalProps = { tir: report.timeInRange, unit: next.unit, privacy: p };
    if (goals) goals.update(goalProps);
    else body.prepend((goals = createReportGoals(goalProps)).el);
    if (tir) tir.update({ tir: report.timeInRange, privacy: p });
    else body.prepend((tir = createTirBar({ tir: report.timeInRange, privacy: p })).el);
    const or = (value: number | null, text: (v: number) => string) =>
      p ? PRIVACY_MASK : value === null ? '—' : text(value);
    setText(
      mean.value,
      or(report.meanMgdl, (v) => `${formatGlucose(v, next.unit)} ${next.unit}`),
    );
    setText(gmi.value, or(report.gmiPercent, formatPercentValue));
    setText(cv.value, or(report.cvPercent, formatPercentValue));
    cv.el.dataset['met'] =
      p || report.cvPercent === null ? '' : String(report.cvPercent <= CV_GOAL_PERCENT);
    setText(coverage.value, or(report.coverage, formatFraction));
    setText(gmiNote, gmiWithheldWords(report, p));
    gmiNote.hidden = gmiNote.textContent === '';
    const episodeProps = { episodes: report.lowEpisodes, unit: next.unit, privacy: p };
    if (episodes) episodes.update(episodeProps);
    else gmiNote.after((episodes = createReportEpisodes(episodeProps)).el);
    const agpProps = { report, unit: next.unit, targets: next.targets, privacy: p };
    if (agp) agp.update(agpProps);
    else episodes.el.after((agp = createAgpChart(agpProps)).el);
    const daysProps = { days: report.days, unit: next.unit, privacy: p };
    if (days) days.update(daysProps);
    else agp.el.after((days = createReportDays(daysProps)).el);
    if (!footer.isConnected) body.append(footer);
    setText(
      footer,
      `${p ? PRIVACY_MASK : report.readings.toLocaleString()} readings, ` +
        `${formatDay(report.from)} – ${formatDay(report.to)}`,
    );
  }

  update(props);
  return {
    el,
    update,
    destroy() {
      agp?.destroy();
      el.remove();
    },
  };
}
