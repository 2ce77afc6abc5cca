import { responseErrors, responseSegments } from '../console/json-errors';
import type { RunOutcome } from '../console/run-query';

export type ResponseState =
  { state: 'idle' } | { state: 'running' } | { state: 'failed'; message: string } | { state: 'done'; outcome: RunOutcome };

/** The response: HTTP status and timing, the errors in words, then the body pretty-printed. */
export function ConsoleResponse({ response }: { response: ResponseState }) {
  return (
    <section className="console-response" aria-labelledby="console-response-title" aria-busy={response.state === 'running'}>
      <div className="console-response-head">
        <h2 id="console-response-title">Response</h2>
        {response.state === 'done' && (
          <p className="console-meta" data-testid="console-status">
            <span className={response.outcome.status >= 400 ? 'console-http console-http-bad' : 'console-http'}>
              HTTP {response.outcome.status}
              {response.outcome.statusText ? ` ${response.outcome.statusText}` : ''}
            </span>
            <span> · {response.outcome.ms} ms</span>
          </p>
        )}
      </div>
      <div data-testid="console-response" className="console-response-body">
        {response.state === 'idle' && <p className="hint">Run a query (Ctrl+Enter, or ⌘+Enter on a Mac) to see its response here.</p>}
        {response.state === 'running' && (
          <p className="hint" role="status">
            Running…
          </p>
        )}
        {response.state === 'failed' && (
          <div className="error" role="alert">
            {response.message}
          </div>
        )}
        {response.state === 'done' && <Body outcome={response.outcome} />}
      </div>
    </section>
  );
}

function Body({ outcome }: { outcome: RunOutcome }) {
  if (outcome.body === undefined) {
    return (
      <>
        <div className="error" role="alert">
          The API answered HTTP {outcome.status} with a body that is not JSON{outcome.raw ? ':' : ' (empty).'}
        </div>
        {outcome.raw && <pre className="console-json">{outcome.raw}</pre>}
      </>
    );
  }
  const errors = responseErrors(outcome.body);
  return (
    <>
      {errors.length > 0 && (
        <div className="console-errors" role="alert" data-testid="console-errors">
          <h3>{errors.length === 1 ? '1 error' : `${errors.length} errors`}</h3>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                {e.code && <code className="console-error-code">{e.code}</code>} {e.message}
                {e.where && <span className="console-error-where"> ({e.where})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <pre className="console-json" tabIndex={0} aria-label="Response body as JSON">
        {responseSegments(outcome.body).map((s, i) =>
          s.error ? (
            <mark key={i} className="console-json-error">
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </pre>
    </>
  );
}
