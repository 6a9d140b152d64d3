/**
 * The words every layer uses for glucose: the LibreLinkUp trend, the consensus range bands, the
 * sensor's measuring limits, units and the tone a view colours by. Types only.
 */

/** Direction reported by LibreLinkUp; `unknown` when the server did not determine one. */
export type Trend = 'fallingQuickly' | 'falling' | 'flat' | 'rising' | 'risingQuickly' | 'unknown';

/** Consensus bands: veryLow < 54, low < target low, inRange, high > target high, veryHigh > 250 mg/dL. */
export type RangeBand = 'veryLow' | 'low' | 'inRange' | 'high' | 'veryHigh';

/** The sensor's own measuring limits (displayed as HI / LO), not target excursions. */
export type SensorLimit = 'HI' | 'LO' | null;

export type Units = 'mg/dL' | 'mmol/L';
export type UnitsPreference = Units | 'both';

/** How a view should colour something. `stale` wins over every range colour. */
export type Tone = 'inRange' | 'low' | 'urgentLow' | 'high' | 'urgentHigh' | 'stale' | 'none';
