// The AGP-style daily pattern chart (percentile bands by time of day). Display only.
import type { Chart as ChartInstance } from 'chart.js';
import type { Report, Units } from '../../preload/contract';
import { buildAgpConfig, hasAgpData, summarizeAgp, type AgpPoint } from '../charts/agp-config';
import type { Targets } from '../charts/chart-config';
import { onSchemeChange, readPalette } from '../charts/palette';
import { registerChartParts } from '../charts/register';
import { h, setText } from '../dom';
import type { Translator } from '../../common/i18n/translate';
import type { Component } from './component';

export interface AgpChartProps {
  report: Report;
  unit: Units;
  targets: Targets | null;
  privacy: boolean;
}

export function createAgpChart(props: AgpChartProps, i18n: Translator): Component<AgpChartProps> {
  const Chart = registerChartParts();
  const canvas = h('canvas', { role: 'img' });
  const overlay = h('p', { class: 'chart-overlay' });
  const el = h(
    'figure',
    { class: 'chart agp' },
    h('figcaption', { class: 'agp-caption' }, i18n.t('agp.caption')),
    h('div', { class: 'chart-box' }, canvas, overlay),
  );
  let chart: ChartInstance<'line', AgpPoint[]> | null = null;
  let current = props;

  function update(next: AgpChartProps): void {
    current = next;
    const { agp } = next.report;
    canvas.setAttribute('aria-label', summarizeAgp(agp, next.unit, next.privacy, i18n));
    const empty = !hasAgpData(agp);
    setText(overlay, next.privacy ? i18n.t('agp.hidden') : empty ? i18n.t('agp.notEnough') : '');
    overlay.hidden = overlay.textContent === '';
    const config = buildAgpConfig({ ...next, agp, palette: readPalette(), locale: i18n.locale });
    if (chart) {
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update();
    } else {
      chart = new Chart(canvas, config);
    }
  }

  const stopScheme = onSchemeChange(() => update(current));
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
