import { request } from '../api/graphql-client';
import { useApi } from '../api/use-api';
import { fieldSignature, QUERY_FIELDS_INTROSPECTION, schemaFields, type IntrospectedField } from '../console/introspection';

/** The Query fields of the running API, with arguments and descriptions, read by introspection. */
export function ConsoleSchemaPanel() {
  const load = useApi('introspection', (signal) =>
    request(QUERY_FIELDS_INTROSPECTION, {}, signal).then((d) => schemaFields(d.__type?.fields as IntrospectedField[] | null | undefined)),
  );

  return (
    <section className="panel console-schema" aria-labelledby="console-schema-title">
      <h2 id="console-schema-title">Schema: Query fields</h2>
      {load.status === 'loading' && (
        <p className="hint" role="status">
          Reading the schema from /graphql…
        </p>
      )}
      {load.status === 'error' && (
        <div className="error" role="alert">
          The schema could not be read: {load.error}{' '}
          <button type="button" onClick={load.retry}>
            Retry
          </button>
        </div>
      )}
      {load.status === 'done' && load.data.length === 0 && <p className="hint">The API reports no Query fields.</p>}
      {load.status === 'done' && load.data.length > 0 && (
        <dl className="console-schema-fields" data-testid="console-schema">
          {load.data.map((f) => (
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
