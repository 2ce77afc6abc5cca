/** Text colours of the client against their backgrounds meet WCAG AA (4.5:1 for normal text). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KIND_STYLES } from '../../client/src/graph/kinds';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
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
