/**
 * What happens to one wearer on one local day: dawn rise, meals, exercise, and the occasional
 * over-correction or missed bolus. The plan is a pure function of (seed, local day), so the
 * same day always has the same meals at the same local times.
 */
import { createRandom, hash32, type Random } from '../random';

/** One bump (positive) or dip (negative) in the glucose curve. */
export interface GlucoseEvent {
  /** Absolute minute (epoch minutes, UTC) where the effect starts. */
  start: number;
  /** Change at the peak, mg/dL; negative for dips. */
  amplitude: number;
  /** Minutes from start to peak. */
  peak: number;
}

/** The per-wearer constants that shape every day. */
export interface Physiology {
  seed: number;
  /** Overall level with nothing going on, mg/dL. */
  baseline: number;
  /** Peak rise per gram of carbohydrate, mg/dL. */
  carbRise: number;
  /** Chance that a meal's insulin overshoots into a low. */
  overshootChance: number;
}

interface MealWindow {
  from: number;
  to: number;
  carbs: [number, number];
  chance: number;
}

/** Local minutes of the day; chance is the probability the meal happens at all. */
const MEALS: readonly MealWindow[] = [
  { from: 6 * 60 + 30, to: 8 * 60 + 45, carbs: [25, 60], chance: 0.88 },
  { from: 11 * 60 + 45, to: 13 * 60 + 45, carbs: [30, 75], chance: 0.9 },
  { from: 15 * 60, to: 16 * 60 + 30, carbs: [10, 30], chance: 0.35 },
  { from: 18 * 60, to: 20 * 60 + 30, carbs: [40, 95], chance: 0.97 },
  { from: 21 * 60 + 30, to: 22 * 60 + 30, carbs: [10, 25], chance: 0.15 },
];

const MISSED_BOLUS_CHANCE = 0.12;
const EXERCISE_CHANCE = 0.3;
const NIGHT_LOW_CHANCE = 0.05;

function mealEvents(physiology: Physiology, midnight: number, random: Random): GlucoseEvent[] {
  const events: GlucoseEvent[] = [];
  const missedIndex = random.chance(MISSED_BOLUS_CHANCE) ? random.int(0, 3) : -1;
  MEALS.forEach((meal, index) => {
    // Draw every number even for skipped meals so one skip does not reshuffle the others.
    const happens = random.chance(meal.chance);
    const start = midnight + random.int(meal.from, meal.to);
    const carbs = random.between(meal.carbs[0], meal.carbs[1]);
    const peak = random.between(55, 80);
    const overshoots = random.chance(physiology.overshootChance);
    const overshootDelay = random.between(110, 170);
    const overshootDepth = random.between(40, 85);
    if (!happens) return;
    const missed = index === missedIndex;
    events.push({
      start,
      amplitude: carbs * physiology.carbRise * (missed ? 2.4 : 1),
      peak: missed ? peak * 1.5 : peak,
    });
    if (overshoots && !missed) {
      events.push({ start: start + overshootDelay, amplitude: -overshootDepth, peak: 70 });
    }
  });
  return events;
}

/** Events of local day `day`, whose midnight is absolute minute `midnight`. */
export function planDay(physiology: Physiology, day: number, midnight: number): GlucoseEvent[] {
  const random = createRandom(hash32(physiology.seed, 'day', day));
  const events: GlucoseEvent[] = [
    // Dawn phenomenon: hormones raise glucose in the early morning hours.
    { start: midnight + random.int(190, 240), amplitude: random.between(8, 28), peak: 180 },
  ];
  events.push(...mealEvents(physiology, midnight, random));
  const exercises = random.chance(EXERCISE_CHANCE);
  const exerciseStart = midnight + random.int(16 * 60, 19 * 60);
  const exerciseDepth = random.between(25, 60);
  if (exercises) events.push({ start: exerciseStart, amplitude: -exerciseDepth, peak: 45 });
  const nightLow = random.chance(NIGHT_LOW_CHANCE);
  const nightStart = midnight + random.int(60, 180);
  if (nightLow) events.push({ start: nightStart, amplitude: -random.between(45, 75), peak: 90 });
  return events;
}

/** A smooth bump: 0 at the start, 1 at `peak`, fading to nothing by six times `peak`. */
export function eventShape(minutesSinceStart: number, peak: number): number {
  if (minutesSinceStart <= 0 || minutesSinceStart >= peak * 6) return 0;
  const x = minutesSinceStart / peak;
  return x * x * Math.exp(2 * (1 - x));
}
