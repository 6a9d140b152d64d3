// Low episodes as the consensus counts them: at least 15 minutes below 70 (and, of those worse,
// below 54 mg/dL), how many and how long in all. Main finds them; this only words them.
import type { Report, Units } from '../../preload/contract';
import { PRIVACY_MASK } from '../../common/glucose/privacy';
import { formatGlucose } from '../../common/glucose/units';
import { h, setText } from '../dom';
import { formatDuration } from '../format/time';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { Component } from './component';

export interface EpisodesProps {
  episodes: Report['lowEpisodes'];
  unit: Units;
  privacy: boolean;
}

/** "3 episodes, 1 h 5 min in all", "1 episode, 20 min", "none". */
export function episodeWords(
  count: number,
  minutes: number,
  i18n: Translator = ENGLISH_WORDS,
): string {
  if (count === 0) return i18n.t('report.episodesNone');
  return i18n.t('report.episodes', {
    count,
    duration: formatDuration(minutes * 60_000, 'up', i18n),
  });
}

export function createReportEpisodes(
  props: EpisodesProps,
  i18n: Translator,
): Component<EpisodesProps> {
  const rows = (['below70', 'below54'] as const).map((kind) => ({
    kind,
    label: h('dt', { 'data-fixed': '' }),
    value: h('dd', {}),
  }));
  const el = h(
    'section',
    { class: 'episodes', 'aria-labelledby': 'episodes-title' },
    h('h3', { id: 'episodes-title', 'data-fixed': '' }, i18n.t('report.episodesTitle')),
    h(
      'dl',
      {},
      ...rows.map((r) => h('div', { class: 'episode', 'data-kind': r.kind }, r.label, r.value)),
    ),
  );

  function update(next: EpisodesProps): void {
    for (const r of rows) {
      const limit = r.kind === 'below70' ? 70 : 54;
      setText(
        r.label,
        i18n.t('report.below', { value: formatGlucose(limit, next.unit, i18n.locale) }),
      );
      const e = next.episodes[r.kind];
      setText(r.value, next.privacy ? PRIVACY_MASK : episodeWords(e.count, e.minutes, i18n));
    }
  }

  update(props);
  return { el, update, destroy: () => el.remove() };
}
