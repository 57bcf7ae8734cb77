import type { CardRequest } from '../messages';
import { causesReply, rankRequest } from '../ranking/tooltip-causes';
import { cardView, type Translate } from './card-view';
import type { View } from './view';
import { whyFirst } from './why';

/**
 * The card for a mention, its causes ranked from the text around it, with why the first one comes
 * first when the page decided it. A mention of another medical sense (a menstrual cramp, a
 * bronchospasm) is never ranked: its card names what it was read as, with no skeletal-muscle causes.
 * `site` is where a correction "on this site" would hold ('' where there is none: a local file).
 */
export function tooltipCard(request: CardRequest, t: Translate, site = ''): View {
  const base = { text: request.mention, sense: request.sense, site };
  if (request.sense !== 'muscle') return cardView({ ...base, causes: [], fitted: false, why: null }, t);
  const { text, start, end, ranked } = rankRequest(request);
  const { causes, fitted } = causesReply(ranked);
  const why = fitted ? whyFirst(ranked[0], { text, start, end, title: request.title }) : null;
  return cardView({ ...base, causes, fitted, why }, t);
}
