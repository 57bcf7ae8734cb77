/**
 * The candidate pattern: cheap literal alternatives, no leading word-boundary work. Everything that
 * matches is then widened to its whole word and checked, so the sense rules only run on candidates.
 * A module of its own: the content script tests page text with it and carries no other part of the
 * detector, which runs in the background (see src/matching/detect-texts.ts).
 */
export const CANDIDATE_SOURCE = String.raw`cramp|spasm|charl(?:ey|ie)[\s\u00A0-]+horse|myoton|tetan|\u00AD`;
