/**
 * One colour per compared therapy, in the order the therapies were picked, shared by the table's
 * swatches, the interval plot's marks and its key. Dark enough for text contrast on white (WCAG AA)
 * and told apart by hue. Pure, unit-tested.
 */

/** As many as the API compares therapies at once. */
export const THERAPY_PALETTE = [
  '#1f4e9c',
  '#b3261e',
  '#1b6b3a',
  '#6b3fa0',
  '#8a3b00',
  '#0b6e79',
  '#9c2b6b',
  '#4d5d00',
  '#555555',
  '#7a4a00',
];

/** Colour of each intervention id, by its position in `ids` (the palette repeats past its end). */
export function therapyColours(ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id, i) => [id, THERAPY_PALETTE[i % THERAPY_PALETTE.length]!]));
}
