/** Three-pixel strokes for two-character values (`54`, `LO`) at 20–24 px. */
import type { FontSource } from './font-source';
import { rows } from './pixel-font-rows';

const TOP = '.#######. ######### #########';
const BOTTOM = '######### ######### .#######.';
const SIDES = '###...###';
const LEFT = '###......';
const RIGHT = '......###';

export const HEAVY_FONT: FontSource = {
  name: 'heavy-9x18',
  height: 18,
  stroke: 3,
  spacing: 1,
  glyphs: {
    '0': `${TOP} ${rows(SIDES, 12)} ${BOTTOM}`,
    '1': `..###. .####. #####. ${rows('..###.', 12)} ${rows('######', 3)}`,
    '2': `${TOP} ${SIDES} ${RIGHT} ${RIGHT} .....#### ....####. ...####.. ..####... .####.... ####..... ${rows(LEFT, 3)} ${rows('#########', 3)}`,
    '3': `${TOP} ${SIDES} ${rows(RIGHT, 3)} ${rows('...######', 3)} ${rows(RIGHT, 4)} ${SIDES} ${BOTTOM}`,
    '4': `${rows(SIDES, 10)} ${rows('#########', 3)} ${rows(RIGHT, 5)}`,
    '5': `${rows('#########', 3)} ${rows(LEFT, 4)} ########. ######### ${rows(RIGHT, 5)} ${SIDES} ${BOTTOM}`,
    '6': `${TOP} ${SIDES} ${rows(LEFT, 3)} ########. ######### ######### ${rows(SIDES, 5)} ${BOTTOM}`,
    '7': `${rows('#########', 3)} ${RIGHT} ${RIGHT} .....###. .....###. ....###.. ....###.. ${rows('...###...', 9)}`,
    '8': `${TOP} ${rows(SIDES, 4)} ${rows('.#######.', 3)} ${rows(SIDES, 5)} ${BOTTOM}`,
    '9': `${TOP} ${rows(SIDES, 4)} ######### ######### .######## ${rows(RIGHT, 4)} ${SIDES} ${BOTTOM}`,
    '.': `${rows('...', 15)} ${rows('###', 3)}`,
    ',': `${rows('....', 14)} .### .### .### ##..`,
    '-': `${rows('......', 7)} ${rows('######', 3)} ${rows('......', 8)}`,
    '+': `${rows('.........', 3)} ${rows('...###...', 4)} ${rows('#########', 3)} ${rows('...###...', 4)} ${rows('.........', 4)}`,
    H: `${rows(SIDES, 7)} ${rows('#########', 3)} ${rows(SIDES, 8)}`,
    I: `${rows('#####', 3)} ${rows('.###.', 12)} ${rows('#####', 3)}`,
    L: `${rows(LEFT, 15)} ${rows('#########', 3)}`,
    O: `${TOP} ${rows(SIDES, 12)} ${BOTTOM}`,
    '?': `${TOP} ${SIDES} ${RIGHT} ${RIGHT} ....####. ...####.. ${rows('...###...', 4)} ${rows('.........', 3)} ${rows('...###...', 3)}`,
    '!': `${rows('###', 11)} ${rows('...', 4)} ${rows('###', 3)}`,
    '—': `${rows('............', 7)} ${rows('############', 3)} ${rows('............', 8)}`,
    '•': `${rows('.....', 6)} .###. ${rows('#####', 3)} .###. ${rows('.....', 7)}`,
  },
};
