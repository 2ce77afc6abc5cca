/** Text colours of the client against their backgrounds meet WCAG AA (4.5:1 for normal text). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KIND_STYLES } from '../../client/src/graph/kinds';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

const css = readFileSync(new URL('../../client/src/styles.css', import.meta.url), 'utf8');

describe('contrast', () => {
  it.each([
    ['body text', '#1a1a1a', '#f6f7f9'],
    ['hints', '#4a5563', '#ffffff'],
    ['links', '#1f4e9c', '#ffffff'],
    ['errors', '#8b1a1a', '#fdecec'],
    ['header tabs', '#dbe4ee', '#12304f'],
    ['canvas labels', '#1a1a1a', '#f6f7f9'],
  ])('%s pass AA', (_, fg, bg) => {
    expect(css.toLowerCase()).toContain(fg);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('kind colours, used as text in the details panel, pass AA on white', () => {
    for (const [kind, s] of Object.entries(KIND_STYLES)) expect(contrast(s.color, '#ffffff'), kind).toBeGreaterThanOrEqual(4.5);
  });
});
