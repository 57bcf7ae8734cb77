import type { CardReply, CardRequest } from '../messages';
import { tooltipCauses } from '../ranking/tooltip-causes';
import { cardView, type Translate } from './card-view';

/**
 * The background's answer to a tooltip: the card for a mention, its causes ranked from the text
 * around it. A mention of another medical sense (a menstrual cramp, a bronchospasm) is never
 * ranked: its card names what it was read as, with no skeletal-muscle causes.
 */
export function tooltipCard(request: CardRequest, t: Translate): CardReply {
  const muscle = request.sense === 'muscle';
  const { causes, fitted } = muscle ? tooltipCauses(request) : { causes: [], fitted: false };
  return { type: 'card', view: cardView({ text: request.mention, sense: request.sense, causes, fitted }, t) };
}
