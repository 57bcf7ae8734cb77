import type { Category, CategoryId } from './types';

/** In display order. */
export const CATEGORIES: readonly Category[] = [
  { id: 'activity', title: 'Exercise and tiredness' },
  { id: 'fluids', title: 'Fluids and salts' },
  { id: 'metabolism', title: 'Metabolism, hormones and organs' },
  { id: 'muscle-nerve', title: 'Muscle and nerve conditions' },
  { id: 'life', title: 'Pregnancy, medicines and alcohol' },
  { id: 'surroundings', title: 'Cold' },
  { id: 'unexplained', title: 'No underlying cause' },
];

export function categoryTitle(id: CategoryId): string {
  return CATEGORIES.find((c) => c.id === id)?.title ?? id;
}
