// The people this account follows, each with their latest value; choosing one sets what the
// tray shows. Shown only when there is a choice to make.
import type { PatientSummary, Snapshot } from '../../preload/contract';
import { h, replaceChildren } from '../dom';
import { masked, maskedName } from '../../common/glucose/privacy';
import type { Translator } from '../../common/i18n/translate';
import type { Component } from './component';

function patientButton(
  patient: PatientSummary,
  privacy: boolean,
  select: (id: string) => void,
  i18n: Translator,
): HTMLElement {
  const value = patient.value === null ? '—' : masked(patient.value, privacy);
  // The name comes from the visible text (no aria-label that could drift from it); what only
  // colour and position show is added for screen readers in hidden text.
  const extra = [
    patient.value === null ? i18n.t('patients.noReading') : '',
    patient.stale ? i18n.t('patients.notCurrent') : '',
    patient.selected ? i18n.t('patients.inTray') : '',
  ].filter(Boolean);
  // Privacy mode: initials, and no range colour (a red mask is a low).
  const name = maskedName(patient.name, privacy);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'patient',
      'data-tone': patient.stale ? 'stale' : privacy ? 'none' : patient.tone,
      'aria-pressed': String(patient.selected),
      // The whole name for a pointer when the row cuts it short.
      title: name,
    },
    h('span', { class: 'patient-name' }, name),
    h('span', { class: 'sr-only' }, ', '),
    h(
      'span',
      { class: 'patient-value', 'aria-hidden': patient.value === null ? 'true' : null },
      value,
    ),
    extra.length ? h('span', { class: 'sr-only' }, `, ${extra.join(', ')}`) : null,
  );
  button.addEventListener('click', () => {
    if (!patient.selected) select(patient.id);
  });
  return button;
}

export function createPatientList(
  snapshot: Snapshot,
  select: (patientId: string) => void,
  i18n: Translator,
): Component<Snapshot> {
  const list = h('ul', { class: 'patient-list' });
  const el = h(
    'section',
    { class: 'patients', 'aria-labelledby': 'patients-title' },
    h('h2', { id: 'patients-title' }, i18n.t('patients.title')),
    list,
  );
  let shown = '';

  function update(next: Snapshot): void {
    const visible =
      next.patients.length > 1 ||
      (next.session.status === 'patient_not_found' && next.patients.length > 0);
    el.hidden = !visible;
    const key = JSON.stringify([next.patients, next.privacy]);
    if (!visible || key === shown) return;
    // Rebuilding moves focus; keep it on the same person when the list refreshes.
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.['patientId'];
    shown = key;
    replaceChildren(
      list,
      ...next.patients.map((p) => {
        const button = patientButton(p, next.privacy, select, i18n);
        button.dataset['patientId'] = p.id;
        return h('li', {}, button);
      }),
    );
    if (focusedId)
      list.querySelector<HTMLElement>(`[data-patient-id="${CSS.escape(focusedId)}"]`)?.focus();
  }

  update(snapshot);
  return { el, update, destroy: () => el.remove() };
}
