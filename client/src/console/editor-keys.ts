/**
 * Indentation in the console's plain-textarea editor: Tab inserts two spaces (or indents every
 * selected line), Shift+Tab takes up to two away. Pure: text and selection in, text and selection out.
 */
export interface Edit {
  text: string;
  start: number;
  end: number;
}

export const INDENT = '  ';

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

export function indent(text: string, start: number, end: number): Edit {
  const multiline = text.slice(start, end).includes('\n');
  if (!multiline) {
    return { text: text.slice(0, start) + INDENT + text.slice(end), start: start + INDENT.length, end: start + INDENT.length };
  }
  const from = lineStart(text, start);
  const block = text.slice(from, end);
  const lines = block.split('\n');
  const indented = lines.map((l, i) => (i === lines.length - 1 && l === '' ? l : INDENT + l)).join('\n');
  return {
    text: text.slice(0, from) + indented + text.slice(end),
    start: start + INDENT.length,
    end: end + (indented.length - block.length),
  };
}

export function outdent(text: string, start: number, end: number): Edit {
  const from = lineStart(text, start);
  const block = text.slice(from, end);
  const lines = block.split('\n');
  let removedFirst = 0;
  const outdented = lines
    .map((l, i) => {
      const n = l.startsWith(INDENT) ? INDENT.length : l.startsWith(' ') ? 1 : 0;
      if (i === 0) removedFirst = n;
      return l.slice(n);
    })
    .join('\n');
  const removed = block.length - outdented.length;
  // A line with the caret inside its indentation keeps the caret at the line's start.
  const newStart = Math.max(from, start - removedFirst);
  return { text: text.slice(0, from) + outdented + text.slice(end), start: newStart, end: Math.max(newStart, end - removed) };
}
