import type { CausesRequest, TooltipCause } from '../messages';
import { rankCauses } from './rank';
import { TOOLTIP_CAUSES, TOOLTIP_CUES } from './window';

/**
 * The background's answer to a tooltip: the top causes for the text around a mention, with what
 * the tooltip shows of each.
 */
export function tooltipCauses(request: CausesRequest): TooltipCause[] {
  const start = request.before.length;
  const end = start + request.mention.length;
  const text = `${request.before}${request.mention}${request.after}`;
  const ranked = rankCauses({ text, start, end, ...(request.title === '' ? {} : { title: request.title }) });
  return ranked.slice(0, TOOLTIP_CAUSES).map(({ cause, cues }) => ({
    id: cause.id,
    title: cause.title,
    summary: cause.summary,
    cues: cues.slice(0, TOOLTIP_CUES),
  }));
}
