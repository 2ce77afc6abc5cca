/**
 * "Export" button opening a small menu: PNG, SVG, Cytoscape JSON or GraphML of exactly what is on
 * the canvas ("+N" groups included, marked as standing for neighbours left out). Where the canvas
 * holds graph nodes, their properties (design, phase, values, quotes …) are fetched first, so the
 * files carry every property. Keyboard: arrows move, Escape closes, focus returns to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type cytoscape from 'cytoscape';
import { exportableElements, snapshotOf } from '../export/cy-snapshot';
import { toSvg } from '../export/svg';
import { toGraphml } from '../export/graphml';
import { toCytoscapeJson } from '../export/cytoscape-json';
import { downloadBlob } from '../export/download';
import type { PropertyValue } from '../export/graph-snapshot';

interface Props {
  /** The canvas to export, read when an export is chosen (null or undefined: nothing to export). */
  getCy: () => cytoscape.Core | null | undefined;
  /** File name without extension; defaults to nen-evidence-graph. */
  fileBase?: string;
  /** Fetches the properties of the graph nodes on the canvas (absent: the canvas's own data only). */
  fetchProperties?: (
    ids: string[],
    onProgress: (done: number, total: number) => void,
  ) => Promise<Map<string, Record<string, PropertyValue>>>;
}

type Format = 'png' | 'svg' | 'json' | 'graphml';

const FORMATS: { format: Format; label: string; hint: string }[] = [
  { format: 'png', label: 'PNG image', hint: 'the whole canvas as a picture' },
  { format: 'svg', label: 'SVG image', hint: 'vector drawing for papers and slides' },
  { format: 'json', label: 'Cytoscape JSON', hint: 'for Cytoscape desktop, Cytoscape.js, NetworkX' },
  { format: 'graphml', label: 'GraphML', hint: 'for yEd, Gephi, NetworkX' },
];

const EXTENSION: Record<Format, string> = { png: 'png', svg: 'svg', json: 'cyjs', graphml: 'graphml' };

async function exportBlob(
  cy: cytoscape.Core,
  format: Format,
  properties: Map<string, Record<string, PropertyValue>>,
  name: string,
): Promise<Blob> {
  switch (format) {
    case 'png':
      // Twice the screen's resolution, within what a browser can hold as one canvas.
      return cy.png({ full: true, output: 'blob', bg: '#ffffff', scale: 2, maxWidth: 8000, maxHeight: 8000 });
    case 'svg':
      return new Blob([toSvg(snapshotOf(cy, properties, name))], { type: 'image/svg+xml' });
    case 'json':
      return new Blob([JSON.stringify(toCytoscapeJson(snapshotOf(cy, properties, name)), null, 2)], { type: 'application/json' });
    case 'graphml': {
      const s = snapshotOf(cy, properties, name);
      return new Blob([toGraphml(s.nodes, s.edges)], { type: 'application/graphml+xml' });
    }
  }
}

export function ExportMenu({ getCy, fileBase = 'nen-evidence-graph', fetchProperties }: Props) {
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

  const run = async (format: Format) => {
    setOpen(false);
    button.current?.focus();
    const cy = getCy();
    const shown = cy ? exportableElements(cy) : null;
    if (!cy || !shown || shown.nodes().length === 0) {
      setStatus({ text: 'The canvas is empty: nothing to export.', error: true });
      return;
    }
    const fileName = `${fileBase}.${EXTENSION[format]}`;
    const name = `${fileBase}: ${shown.nodes().length} nodes, ${shown.edges().length} edges`;
    try {
      const ids = shown
        .nodes()
        .filter((n) => !n.hasClass('group'))
        .map((n) => n.id());
      const properties =
        fetchProperties && format !== 'png'
          ? await fetchProperties(ids, (done, total) => setStatus({ text: `Reading the properties of ${total} nodes… ${done}/${total}` }))
          : new Map<string, Record<string, PropertyValue>>();
      downloadBlob(await exportBlob(cy, format, properties, name), fileName);
      const groups = shown.nodes('.group').length;
      setStatus({
        text: `Saved ${fileName} (${shown.nodes().length} nodes, ${shown.edges().length} edges${groups > 0 ? `; ${groups} of the nodes are “+N” groups standing for neighbours not on the canvas` : ''}).`,
      });
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
              <button type="button" data-export-format={f.format} data-testid={`export-${f.format}`} onClick={() => void run(f.format)}>
                <span className="export-menu-label">{f.label}</span>
                <span className="export-menu-hint">{f.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <span
        role="status"
        className={status?.error ? 'export-menu-status export-menu-error' : 'export-menu-status'}
        data-testid="export-status"
      >
        {status?.text}
      </span>
    </div>
  );
}
