import type { CausesReply, CausesRequest } from '../messages';
import { fitsPage, rankCauses, type RankedCause } from './rank';
import { TOOLTIP_CAUSES, TOOLTIP_CUES } from './limits';

/**
 * The background's answer to a tooltip: the top causes for the text around a mention, with what
 * the tooltip shows of each, and whether the page pointed anywhere ("Possible causes") or the list
 * is the common order ("Common causes").
 */
export function tooltipCauses(request: CausesRequest): CausesReply {
  return causesReply(rankRequest(request).ranked);
}

/** The text a request carries, as the ranking reads it, and every cause ranked. */
export function rankRequest(request: CausesRequest) {
  const start = request.before.length;
  const end = start + request.mention.length;
  const text = `${request.before}${request.mention}${request.after}`;
  const ranked = rankCauses({ text, start, end, ...(request.title === '' ? {} : { title: request.title }) });
  return { text, start, end, ranked };
}

/** What the tooltip shows of a ranking: the top causes, each with the words that pointed to it. */
export function causesReply(ranked: readonly RankedCause[]): CausesReply {
  return {
    type: 'causes',
    fitted: fitsPage(ranked),
    causes: ranked.slice(0, TOOLTIP_CAUSES).map(({ cause, cues, where }) => ({
      id: cause.id,
      title: cause.title,
      summary: cause.summary,
      cues: cues.slice(0, TOOLTIP_CUES),
      where,
    })),
  };
}
