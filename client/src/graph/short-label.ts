/**
 * The short label a node carries on the canvas (its full name shows on hover and in the panel): a
 * study's acronym or "Raymond et al", a result's endpoint and value ("PFS 11 months"), an arm's own
 * label, a reference's number; anything else cut at a word boundary. Pure, unit-tested.
 */
import type { NodeKind } from '../generated/graphql';

/** Longest short label, in characters (about two words at the canvas font). */
export const SHORT_LABEL_MAX = 18;

/** `text` cut at the last word boundary that fits, with an ellipsis; unchanged when it fits. */
export function cut(text: string, max = SHORT_LABEL_MAX): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const head = t.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space >= max / 2 ? head.slice(0, space) : head).replace(/[\s,;:·-]+$/, '')}…`;
}

export function shortLabel(kind: NodeKind | string, label: string): string {
  switch (kind) {
    case 'STUDY': {
      const registry = /^(NCT\d{8})\b/.exec(label);
      if (registry) return registry[1]!;
      if (label.length <= SHORT_LABEL_MAX) return label;
      const author = /\(([^()]*\bet al)\b[^()]*\)\s*$/.exec(label);
      if (author) return cut(author[1]!);
      return cut(label.replace(/\s*\((?:refs?|references?)\s[^()]*\)\s*$/i, ''));
    }
    case 'RESULT': {
      // "Study · Arm · PFS median: 11 months" → "PFS 11 months"
      const last = label.split(' · ').pop() ?? label;
      const m = /^(\S+)\s[^:]*:\s*(.+)$/.exec(last);
      return cut(m ? `${m[1]} ${m[2]}` : last);
    }
    case 'ARM': {
      const colon = label.lastIndexOf(': ');
      return cut(colon >= 0 ? label.slice(colon + 2) : label);
    }
    case 'REFERENCE': {
      const n = /^Reference (\d+)$/.exec(label);
      return n ? `Ref ${n[1]}` : cut(label);
    }
    default:
      return cut(label);
  }
}
