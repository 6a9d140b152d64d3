// The default view: status banner (when not live), alarms, the value, the chart with its span
// selector, the sensor line and the list of people followed.
import type { Settings, Snapshot } from '../../preload/contract';
import { h } from '../dom';
import { primaryUnit } from '../../common/glucose/units';
import type { Actions, AppState } from '../state/app-state';
import type { Translator } from '../../common/i18n/translate';
import { createAlarmStrip } from './alarm-strip';
import type { Component } from './component';
import { createHistoryChart, type HistoryChartProps } from './history-chart';
import { createPatientList } from './patient-list';
import { createSensorLine } from './sensor-line';
import { createSpanSelector } from './span-selector';
import { createStatusBanner } from './status-banner';
import { createValueHeader } from './value-header';

export interface NowProps {
  snapshot: Snapshot;
  settings: Settings | null;
  span: AppState['span'];
  history: AppState['history'];
}

/** Chart inputs from the snapshot and settings: axis unit, band, threshold lines, privacy. */
export function chartProps(p: NowProps): HistoryChartProps {
  const unit = primaryUnit(p.snapshot.units);
  const alarms = p.settings?.alarms;
  return {
    history: p.history,
    span: p.span,
    unit,
    secondaryUnit: p.snapshot.units === 'both' ? 'mmol/L' : null,
    targets: p.snapshot.targets,
    thresholds: {
      lowMgdl: alarms?.low.enabled ? alarms.low.threshold : null,
      highMgdl: alarms?.high.enabled ? alarms.high.threshold : null,
    },
    privacy: p.snapshot.privacy,
  };
}

export function createNowView(
  props: NowProps,
  actions: Actions,
  i18n: Translator,
): Component<NowProps> {
  const bannerSlot = h('div', { class: 'banner-slot' });
  const alarms = createAlarmStrip(props.snapshot, actions.snooze, i18n);
  const header = createValueHeader(props.snapshot, i18n);
  const spans = createSpanSelector(props.span, actions.setSpan, i18n.t('now.chartSpan'), i18n);
  const chart = createHistoryChart(chartProps(props), actions.announce, i18n);
  const sensor = createSensorLine(props.snapshot.sensor, i18n);
  const patients = createPatientList(props.snapshot, actions.selectPatient, i18n);
  const data = h('div', { class: 'patient-data' }, header.el, spans.el, chart.el, sensor.el);
  const el = h('section', { class: 'now' }, bannerSlot, alarms.el, data, patients.el);
  let banner: { status: string; part: Component<Snapshot> } | null = null;

  function update(next: NowProps): void {
    const status = next.snapshot.session.status;
    const wantsBanner = status !== 'ok' && status !== 'connecting';
    if (banner && (!wantsBanner || banner.status !== status)) {
      banner.part.destroy();
      banner = null;
    }
    if (wantsBanner && !banner) {
      banner = { status, part: createStatusBanner(next.snapshot, actions, i18n) };
      bannerSlot.append(banner.part.el);
    } else banner?.part.update(next.snapshot);
    alarms.update(next.snapshot);
    // Nobody selected (e.g. the followed person disappeared): show no one's data by accident.
    data.hidden = next.snapshot.selectedPatientId === null;
    header.update(next.snapshot);
    spans.update(next.span);
    chart.update(chartProps(next));
    sensor.update(next.snapshot.sensor);
    patients.update(next.snapshot);
  }

  update(props);
  return {
    el,
    update,
    destroy() {
      banner?.part.destroy();
      chart.destroy();
      el.remove();
    },
  };
}
