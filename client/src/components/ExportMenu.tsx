import { useEffect, useId, useRef, useState } from 'react';
import type cytoscape from 'cytoscape';
import { exportableElements, snapshotOf } from '../export/cy-snapshot';
import { toSvg } from '../export/svg';
import { toGraphml } from '../export/graphml';
import { downloadBlob } from '../export/download';

interface Props {
  /** The canvas to export, read when an export is chosen (null or undefined: nothing to export). */
  getCy: () => cytoscape.Core | null | undefined;
  /** File name without extension; defaults to nen-evidence-graph. */
  fileBase?: string;
}

type Format = 'png' | 'svg' | 'json' | 'graphml';

const FORMATS: { format: Format; label: string; hint: string }[] = [
  { format: 'png', label: 'PNG image', hint: 'the whole canvas as a picture' },
  { format: 'svg', label: 'SVG image', hint: 'vector drawing for papers and slides' },
  { format: 'json', label: 'Cytoscape JSON', hint: 'elements, to load into Cytoscape' },
  { format: 'graphml', label: 'GraphML', hint: 'for yEd, Gephi, NetworkX' },
];

function exportBlob(cy: cytoscape.Core, format: Format): Blob {
  switch (format) {
    case 'png':
      // Twice the screen's resolution, within what a browser can hold as one canvas.
      return cy.png({ full: true, output: 'blob', bg: '#ffffff', scale: 2, maxWidth: 8000, maxHeight: 8000 });
    case 'svg':
      return new Blob([toSvg(snapshotOf(cy))], { type: 'image/svg+xml' });
    case 'json': {
      // Cytoscape's own elements shape ({nodes, edges}), so Cytoscape desktop and cy.add() read it back.
      const shown = exportableElements(cy);
      return new Blob([JSON.stringify({ nodes: shown.nodes().jsons(), edges: shown.edges().jsons() }, null, 2)], {
        type: 'application/json',
      });
    }
    case 'graphml': {
      const s = snapshotOf(cy);
      return new Blob([toGraphml(s.nodes, s.edges)], { type: 'application/graphml+xml' });
    }
  }
}

/** "Export" button opening a small menu: PNG, SVG, Cytoscape JSON or GraphML of what is on the canvas. */
export function ExportMenu({ getCy, fileBase = 'nen-evidence-graph' }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const menuId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    wrap.current?.querySelector<HTMLButtonElement>('[data-export-format]')?.focus();
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const run = (format: Format) => {
    setOpen(false);
    button.current?.focus();
    const cy = getCy();
    if (!cy || exportableElements(cy).nodes().length === 0) {
      setStatus({ text: 'The canvas is empty: nothing to export.', error: true });
      return;
    }
    try {
      const fileName = `${fileBase}.${format === 'json' ? 'cyjs.json' : format}`;
      downloadBlob(exportBlob(cy, format), fileName);
      const shown = exportableElements(cy);
      setStatus({ text: `Saved ${fileName} (${shown.nodes().length} nodes, ${shown.edges().length} edges).` });
    } catch (e) {
      setStatus({ text: `Export failed: ${(e as Error).message}`, error: true });
    }
  };

  return (
    <div
      className="export-menu"
      ref={wrap}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
        if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && open) {
          e.preventDefault();
          const items = [...(wrap.current?.querySelectorAll<HTMLButtonElement>('[data-export-format]') ?? [])];
          const at = items.indexOf(document.activeElement as HTMLButtonElement);
          items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        data-testid="export-button"
        onClick={() => setOpen((o) => !o)}
      >
        Export ▾
      </button>
      {open && (
        <ul id={menuId} className="export-menu-list" aria-label="Export formats">
          {FORMATS.map((f) => (
            <li key={f.format}>
              <button type="button" data-export-format={f.format} data-testid={`export-${f.format}`} onClick={() => run(f.format)}>
                <span className="export-menu-label">{f.label}</span>
                <span className="export-menu-hint">{f.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <span role="status" className={status?.error ? 'export-menu-status export-menu-error' : 'export-menu-status'}>
        {status?.text}
      </span>
    </div>
  );
}
