// The history chart: Chart.js drawing what charts/chart-config.ts decided, plus keyboard
// reading of points (arrows move a highlighted point, the live region says it out loud).
import type { Chart as ChartInstance } from 'chart.js';
import type { ChartSpan, HistorySeries, Units } from '../../preload/contract';
import {
  buildHistoryConfig,
  describePoint,
  summarize,
  type GlucosePoint,
  type HistoryChartInput,
  type Targets,
} from '../charts/chart-config';
import { onSchemeChange, readPalette } from '../charts/palette';
import { registerChartParts } from '../charts/register';
import { h, setText } from '../dom';
import { spanWords } from '../format/time';
import type { Loadable } from '../state/app-state';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { Component } from './component';

export interface HistoryChartProps {
  history: Loadable<HistorySeries>;
  span: ChartSpan;
  unit: Units;
  secondaryUnit: Units | null;
  targets: Targets | null;
  thresholds: HistoryChartInput['thresholds'];
  privacy: boolean;
}

/** Performance marks read back by test/bench/chart-paint.ts. */
export const MARK_DRAWN = 'glucobar:chart-drawn';
export const MARK_PAINTED = 'glucobar:chart-painted';

const KEY_STEPS: Record<string, (index: number, last: number) => number> = {
  ArrowLeft: (i) => i - 1,
  ArrowRight: (i) => i + 1,
  PageUp: (i) => i - 10,
  PageDown: (i) => i + 10,
  Home: () => 0,
  End: (_i, last) => last,
};

export function createHistoryChart(
  props: HistoryChartProps,
  announce: (text: string) => void,
  i18n: Translator = ENGLISH_WORDS,
): Component<HistoryChartProps> {
  const Chart = registerChartParts();
  const canvas = h('canvas', {
    tabindex: '0',
    role: 'application',
    'aria-roledescription': i18n.t('chart.role'),
    'aria-describedby': 'chart-help',
    'aria-label': i18n.t('chart.label'),
  });
  const overlay = h('p', { class: 'chart-overlay' });
  const el = h(
    'figure',
    { class: 'chart' },
    h('div', { class: 'chart-box' }, canvas, overlay),
    h('p', { id: 'chart-help', class: 'sr-only' }, i18n.t('chart.help')),
  );
  let chart: ChartInstance<'line', GlucosePoint[]> | null = null;
  let current = props;
  let drawnKey = '';
  let active: number | null = null;

  function points(): GlucosePoint[] {
    return chart?.data.datasets[0]?.data ?? [];
  }

  function highlight(index: number | null): void {
    if (!chart) return;
    active = index;
    const elements = index === null ? [] : [{ datasetIndex: 0, index }];
    const element = index === null ? undefined : chart.getDatasetMeta(0).data[index];
    chart.setActiveElements(elements);
    chart.tooltip?.setActiveElements(elements, { x: element?.x ?? 0, y: element?.y ?? 0 });
    chart.render();
    const point = index === null ? undefined : points()[index];
    if (point) announce(describePoint(point, current, i18n));
  }

  canvas.addEventListener('keydown', (event) => {
    const step = KEY_STEPS[event.key];
    const last = points().length - 1;
    if (!step || last < 0) return;
    event.preventDefault();
    highlight(Math.min(last, Math.max(0, step(active ?? last + 1, last))));
  });
  canvas.addEventListener('focus', () => {
    if (active === null && points().length > 0) highlight(points().length - 1);
  });
  canvas.addEventListener('blur', () => highlight(null));

  function draw(series: HistorySeries, p: HistoryChartProps): void {
    const config = buildHistoryConfig(
      {
        span: series.span,
        from: series.from,
        to: series.to,
        times: series.times,
        mgdl: series.mgdl,
        unit: p.unit,
        secondaryUnit: p.secondaryUnit,
        targets: p.targets,
        thresholds: p.thresholds,
        privacy: p.privacy,
        palette: readPalette(),
      },
      i18n,
    );
    active = null;
    if (chart) {
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update();
    } else {
      chart = new Chart(canvas, config);
    }
    // How many points the chart holds (readings, or bucket medians on long spans), for tests.
    el.dataset['points'] = String(points().length);
    performance.mark(MARK_DRAWN, { detail: { points: series.times.length } });
    requestAnimationFrame(() => performance.mark(MARK_PAINTED));
    canvas.setAttribute(
      'aria-label',
      summarize(
        {
          span: series.span,
          mgdl: series.mgdl,
          unit: p.unit,
          targets: p.targets,
          privacy: p.privacy,
        },
        i18n,
      ),
    );
  }

  function update(next: HistoryChartProps): void {
    current = next;
    const h = next.history;
    el.dataset['state'] = h.status;
    if (h.status === 'loading' && !chart)
      canvas.setAttribute('aria-label', i18n.t('chart.loadingLabel'));
    setText(
      overlay,
      h.status === 'loading' && !chart
        ? i18n.t('chart.loading')
        : h.status === 'error'
          ? i18n.t('chart.error', { message: h.message })
          : h.status === 'ready' && h.value.times.length === 0
            ? i18n.t('chart.empty', { span: spanWords(h.value.span, i18n) })
            : next.privacy
              ? i18n.t('chart.privacy')
              : '',
    );
    overlay.hidden = overlay.textContent === '';
    if (h.status !== 'ready') return;
    const key = JSON.stringify([
      h.key,
      h.value.to,
      h.value.times.length,
      next.unit,
      next.targets,
      next.thresholds,
      next.privacy,
      next.secondaryUnit,
    ]);
    if (key === drawnKey) return;
    drawnKey = key;
    draw(h.value, next);
  }

  const stopScheme = onSchemeChange(() => {
    drawnKey = '';
    update(current);
  });
  update(props);
  return {
    el,
    update,
    destroy() {
      stopScheme();
      chart?.destroy();
      el.remove();
    },
  };
}
