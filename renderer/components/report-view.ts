// The report for 7 to 90 days: 5-band time in range next to the consensus goals, mean / GMI /
// CV / coverage (GMI only when it means something, else why not), low episodes, the daily
// pattern (AGP), one small graph per day and CSV export. Main computes every statistic; this
// view only presents them.
import type { ExportOutcome, Report, Result, Units } from '../../preload/contract';
import {
  CV_GOAL_PERCENT,
  GMI_MIN_COVERAGE,
  GMI_MIN_DAYS,
} from '../../common/glucose/consensus-goals';
import { REPORT_SPANS, type ReportSpan } from '../../common/history';
import type { Targets } from '../charts/chart-config';
import { h, setText } from '../dom';
import { formatFraction, formatPercent, formatPercentValue } from '../format/percent';
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
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
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
export function gmiWithheldWords(
  report: Report,
  privacy: boolean,
  i18n: Translator = ENGLISH_WORDS,
): string {
  const needed = formatFraction(GMI_MIN_COVERAGE, i18n.locale);
  switch (report.gmiWithheld) {
    case 'span-too-short':
      return i18n.t('report.gmiSpanTooShort', { count: GMI_MIN_DAYS });
    case 'low-wear':
      return privacy
        ? i18n.t('report.gmiLowWearPrivacy', { needed })
        : i18n.t('report.gmiLowWear', {
            coverage: formatFraction(report.coverage, i18n.locale),
            needed,
          });
    default:
      return '';
  }
}

/** The outcome of an export in words. */
export function exportMessage(
  result: Result<ExportOutcome>,
  i18n: Translator = ENGLISH_WORDS,
): string {
  if (!result.ok) return i18n.t('report.exportFailed', { message: result.message });
  if (!result.value.saved) return i18n.t('report.exportCancelled');
  const file = result.value.path.split(/[\\/]/).pop() ?? result.value.path;
  return i18n.t('report.exportSaved', { count: result.value.rows, file });
}

function stat(label: string, hint: string): { el: HTMLElement; value: HTMLElement } {
  const value = h('dd', {});
  return { el: h('div', { class: 'stat' }, h('dt', { title: hint }, label), value), value };
}

export function createReportView(
  props: ReportViewProps,
  actions: ReportViewActions,
  i18n: Translator,
): Component<ReportViewProps> {
  const { locale } = i18n;
  const spans = createSpanSelector(
    props.span,
    actions.setReportSpan,
    i18n.t('report.spanLabel'),
    i18n,
    REPORT_SPANS,
  );
  const heading = h('h2', {
    class: 'sr-only',
    'data-time': '',
    tabindex: -1,
    'data-autofocus': true,
  });
  const status = h('p', { class: 'report-status' });
  const mean = stat(i18n.t('report.mean'), i18n.t('report.meanHint'));
  const gmi = stat(i18n.t('report.gmi'), i18n.t('report.gmiHint'));
  const cv = stat(
    i18n.t('report.cv'),
    i18n.t('report.cvHint', { goal: formatPercent(CV_GOAL_PERCENT, 0, locale) }),
  );
  const coverage = stat(i18n.t('report.coverage'), i18n.t('report.coverageHint'));
  const stats = h('dl', { class: 'stats' }, mean.el, gmi.el, cv.el, coverage.el);
  const gmiNote = h('p', { class: 'gmi-note' });
  const footer = h('p', { class: 'report-footer', 'data-time': '' });
  const exportStatus = h('p', { class: 'export-status', role: 'status' });
  const exportButton = h('button', { type: 'button', class: 'secondary' }, i18n.t('report.export'));
  // The body scrolls (a clinician's report is taller than the popover): focusable and named,
  // so keyboard users can scroll it too.
  const body = h(
    'div',
    { class: 'report-body', role: 'region', 'aria-label': i18n.t('report.details'), tabindex: 0 },
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
    setText(exportStatus, i18n.t('report.exporting'));
    void actions.exportCsv().then((result) => {
      exportButton.disabled = false;
      setText(exportStatus, exportMessage(result, i18n));
    });
  });

  function update(next: ReportViewProps): void {
    spans.update(next.span);
    setText(heading, i18n.t('report.heading', { span: spanWords(next.span, i18n) }));
    const r = next.report;
    setText(
      status,
      r.status === 'loading'
        ? i18n.t('report.preparing')
        : r.status === 'error'
          ? i18n.t('report.error', { message: r.message })
          : r.status === 'ready' && r.value.readings === 0
            ? i18n.t('report.noReadings', { span: spanWords(next.span, i18n) })
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
    else body.prepend((goals = createReportGoals(goalProps, i18n)).el);
    if (tir) tir.update({ tir: report.timeInRange, privacy: p });
    else body.prepend((tir = createTirBar({ tir: report.timeInRange, privacy: p }, i18n)).el);
    const or = (value: number | null, text: (v: number) => string) =>
      p ? PRIVACY_MASK : value === null ? '—' : text(value);
    setText(
      mean.value,
      or(report.meanMgdl, (v) => `${formatGlucose(v, next.unit, locale)} ${next.unit}`),
    );
    setText(
      gmi.value,
      or(report.gmiPercent, (v) => formatPercentValue(v, locale)),
    );
    setText(
      cv.value,
      or(report.cvPercent, (v) => formatPercentValue(v, locale)),
    );
    cv.el.dataset['met'] =
      p || report.cvPercent === null ? '' : String(report.cvPercent <= CV_GOAL_PERCENT);
    setText(
      coverage.value,
      or(report.coverage, (v) => formatFraction(v, locale)),
    );
    setText(gmiNote, gmiWithheldWords(report, p, i18n));
    gmiNote.hidden = gmiNote.textContent === '';
    const episodeProps = { episodes: report.lowEpisodes, unit: next.unit, privacy: p };
    if (episodes) episodes.update(episodeProps);
    else gmiNote.after((episodes = createReportEpisodes(episodeProps, i18n)).el);
    const agpProps = { report, unit: next.unit, targets: next.targets, privacy: p };
    if (agp) agp.update(agpProps);
    else episodes.el.after((agp = createAgpChart(agpProps, i18n)).el);
    const daysProps = { days: report.days, unit: next.unit, privacy: p };
    if (days) days.update(daysProps);
    else agp.el.after((days = createReportDays(daysProps, i18n)).el);
    if (!footer.isConnected) body.append(footer);
    const dates = { from: formatDay(report.from, locale), to: formatDay(report.to, locale) };
    setText(
      footer,
      p
        ? i18n.t('report.footerPrivacy', { mask: PRIVACY_MASK, ...dates })
        : i18n.t('report.footer', { count: report.readings, ...dates }),
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
