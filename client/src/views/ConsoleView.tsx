import { useCallback, useEffect, useState } from 'react';
import { useApiAction } from '../api/use-api';
import { useUrlParams } from '../state/use-url-params';
import { CONSOLE_EXAMPLES, exampleMatching, type ConsoleExample } from '../console/examples';
import { consoleParams, encodeConsoleSearch, readConsoleText } from '../console/console-url';
import { parseVariables } from '../console/json-errors';
import { NetworkError, runQuery } from '../console/run-query';
import { ConsoleEditor } from '../components/ConsoleEditor';
import { ConsoleResponse, type ResponseState } from '../components/ConsoleResponse';
import { ConsoleSchemaPanel } from '../components/ConsoleSchemaPanel';

/** How long typing pauses before the URL follows the editor. */
const URL_DEBOUNCE_MS = 300;

/**
 * A GraphQL console on the app's own /graphql: query and variables editors, saved examples,
 * the Query fields read by introspection, and the response with status, timing and errors.
 * The query and variables live in the URL (`q`, `vars`), so a link reproduces the console.
 */
export function ConsoleView() {
  const [params, setParams] = useUrlParams();
  const [initial] = useState(() => readConsoleText(params));
  const [query, setQuery] = useState(initial?.query ?? '');
  const [variables, setVariables] = useState(initial?.variables ?? '');
  const [varsError, setVarsError] = useState<string | null>(null);
  const [response, setResponse] = useState<ResponseState>({ state: 'idle' });
  const [linkNote, setLinkNote] = useState<string | null>(null);
  const runner = useApiAction({ latestWins: true });

  const syncUrl = useCallback(
    (text: { query: string; variables: string }) => {
      if (encodeConsoleSearch(text) === null) {
        setParams({ q: null, vars: null });
        setLinkNote('This query is too long to keep in the link; the URL no longer holds it.');
      } else {
        setParams(consoleParams(text));
        setLinkNote((n) => (n?.startsWith('This query is too long') ? null : n));
      }
    },
    [setParams],
  );

  useEffect(() => {
    const timer = setTimeout(() => syncUrl({ query, variables }), URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, variables, syncUrl]);

  const run = () => {
    const [q, v] = [query, variables];
    syncUrl({ query: q, variables: v });
    if (q.trim() === '') {
      setResponse({ state: 'failed', message: 'Write a query first, or pick one of the examples.' });
      return;
    }
    const vars = parseVariables(v);
    if (!vars.ok) {
      setVarsError(vars.message);
      setResponse({ state: 'failed', message: 'Not sent: the variables are not valid. Fix them and run again.' });
      return;
    }
    setVarsError(null);
    setResponse({ state: 'running' });
    void runner.run(async (signal) => {
      try {
        const outcome = await runQuery(q, vars.value, signal);
        if (!signal.aborted) setResponse({ state: 'done', outcome });
      } catch (e) {
        if ((e as Error).name === 'AbortError') return;
        setResponse({ state: 'failed', message: e instanceof NetworkError ? e.message : `The request failed: ${(e as Error).message}` });
      }
    });
  };

  const pick = (ex: ConsoleExample) => {
    setQuery(ex.query);
    setVariables(ex.variables);
    setVarsError(null);
    syncUrl({ query: ex.query, variables: ex.variables });
  };

  const copyLink = async () => {
    syncUrl({ query, variables });
    try {
      await navigator.clipboard.writeText(window.location.href);
      setLinkNote('Link copied: it opens the console with this query and these variables.');
    } catch {
      setLinkNote('The browser did not allow copying; copy the address bar instead.');
    }
  };

  const picked = exampleMatching(query, variables);

  return (
    <div className="view console-view">
      <div className="console-main">
        <nav className="sidebar console-sidebar" aria-label="Examples and schema">
          <section className="panel" aria-labelledby="console-examples-title">
            <h2 id="console-examples-title">Examples</h2>
            <ul className="console-examples" data-testid="console-examples">
              {CONSOLE_EXAMPLES.map((ex) => (
                <li key={ex.id}>
                  <button
                    type="button"
                    aria-pressed={picked?.id === ex.id}
                    data-testid={`console-example-${ex.id}`}
                    onClick={() => pick(ex)}
                  >
                    {ex.title}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <ConsoleSchemaPanel />
        </nav>
        <section className="console-editors" aria-label="Query and variables">
          <div className="console-actions">
            <button
              type="button"
              className="console-run"
              data-testid="console-run"
              onClick={() => void run()}
              disabled={response.state === 'running'}
            >
              ▶ Run
            </button>
            <button type="button" onClick={() => void copyLink()}>
              Copy link
            </button>
            <span className="hint" id="console-keys">
              Ctrl+Enter (⌘+Enter) runs · Tab indents · Esc then Tab leaves the editor
            </span>
          </div>
          {linkNote && (
            <p className="console-note" role="status">
              {linkNote}
            </p>
          )}
          <ConsoleEditor
            id="console-query"
            label="Query"
            testId="console-query"
            rows={20}
            value={query}
            onChange={setQuery}
            onRun={() => void run()}
            placeholder={'{ graphSummary { kinds { kind count } } }\n\nWrite a query, or pick an example.'}
            describedBy="console-keys"
          />
          <ConsoleEditor
            id="console-variables"
            label="Variables (JSON)"
            testId="console-variables"
            rows={6}
            value={variables}
            onChange={(v) => {
              setVariables(v);
              if (varsError) setVarsError(null);
            }}
            onRun={() => void run()}
            placeholder='{"id": "study:radiant-3"}'
            invalid={varsError !== null}
            describedBy={varsError ? 'console-vars-error' : 'console-keys'}
          />
          {varsError && (
            <div id="console-vars-error" className="error" role="alert" data-testid="console-vars-error">
              {varsError}
            </div>
          )}
        </section>
        <ConsoleResponse response={response} />
      </div>
    </div>
  );
}
