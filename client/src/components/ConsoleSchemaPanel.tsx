import { useCallback, useEffect, useState } from 'react';
import { gql } from '../api/graphql-client';
import {
  fieldSignature,
  QUERY_FIELDS_INTROSPECTION,
  schemaFields,
  type IntrospectedField,
  type SchemaField,
} from '../console/introspection';

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; fields: SchemaField[] };

/** The Query fields of the running API, with arguments and descriptions, read by introspection. */
export function ConsoleSchemaPanel() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  const fetchSchema = useCallback((signal?: AbortSignal) => {
    setLoad({ state: 'loading' });
    gql<{ __type: { fields: IntrospectedField[] | null } | null }>(QUERY_FIELDS_INTROSPECTION, {}, signal)
      .then((d) => setLoad({ state: 'done', fields: schemaFields(d.__type?.fields) }))
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setLoad({ state: 'error', message: `The schema could not be read: ${e.message}` });
      });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchSchema(controller.signal);
    return () => controller.abort();
  }, [fetchSchema]);

  return (
    <section className="panel console-schema" aria-labelledby="console-schema-title">
      <h2 id="console-schema-title">Schema: Query fields</h2>
      {load.state === 'loading' && (
        <p className="hint" role="status">
          Reading the schema from /graphql…
        </p>
      )}
      {load.state === 'error' && (
        <div className="error" role="alert">
          {load.message}{' '}
          <button type="button" onClick={() => fetchSchema()}>
            Retry
          </button>
        </div>
      )}
      {load.state === 'done' && load.fields.length === 0 && <p className="hint">The API reports no Query fields.</p>}
      {load.state === 'done' && load.fields.length > 0 && (
        <dl className="console-schema-fields" data-testid="console-schema">
          {load.fields.map((f) => (
            <div key={f.name} className="console-schema-field">
              <dt>
                <code>{fieldSignature(f)}</code>
              </dt>
              <dd>
                {f.description && <p>{f.description}</p>}
                {f.deprecated && <p className="console-deprecated">Deprecated: {f.deprecated}</p>}
                {f.args.length > 0 && (
                  <ul className="console-schema-args">
                    {f.args.map((a) => (
                      <li key={a.name}>
                        <code>
                          {a.name}: {a.type}
                          {a.defaultValue !== null ? ` = ${a.defaultValue}` : ''}
                        </code>
                        {a.description && <span> — {a.description}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
