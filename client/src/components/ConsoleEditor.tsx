import { useLayoutEffect, useRef } from 'react';
import { indent, outdent, type Edit } from '../console/editor-keys';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** Ctrl+Enter (Cmd+Enter on a Mac). */
  onRun(): void;
  rows: number;
  testId: string;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A plain monospace editor: Tab indents by two spaces, Shift+Tab outdents, Ctrl/Cmd+Enter runs.
 * Escape hands Tab back to the page, so the keyboard can always leave the editor.
 */
export function ConsoleEditor({ id, label, value, onChange, onRun, rows, testId, placeholder, invalid, describedBy }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<Edit | null>(null);
  const tabLeaves = useRef(false);

  useLayoutEffect(() => {
    const edit = pendingSelection.current;
    if (edit && ref.current && ref.current.value === edit.text) {
      ref.current.setSelectionRange(edit.start, edit.end);
      pendingSelection.current = null;
    }
  }, [value]);

  return (
    <div className="console-editor">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        data-testid={testId}
        className="console-textarea"
        value={value}
        rows={rows}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onRun();
            return;
          }
          if (e.key === 'Escape') {
            tabLeaves.current = true;
            return;
          }
          if (e.key === 'Tab' && !tabLeaves.current && !e.altKey && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            const t = e.currentTarget;
            const edit = (e.shiftKey ? outdent : indent)(t.value, t.selectionStart, t.selectionEnd);
            pendingSelection.current = edit;
            onChange(edit.text);
            return;
          }
          if (e.key !== 'Shift') tabLeaves.current = false;
        }}
        onBlur={() => {
          tabLeaves.current = false;
        }}
      />
    </div>
  );
}
