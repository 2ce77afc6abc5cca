/**
 * The console's schema panel, read from the running API by introspection (never a copied file):
 * the fields of Query with their arguments, types and descriptions.
 */
import { graphql } from '../generated/gql';

export const QUERY_FIELDS_INTROSPECTION = graphql(`
  query ConsoleSchema {
    __schema {
      queryType {
        name
      }
    }
    __type(name: "Query") {
      name
      description
      fields {
        name
        description
        isDeprecated
        deprecationReason
        type {
          ...TypeRef
        }
        args {
          name
          description
          defaultValue
          type {
            ...TypeRef
          }
        }
      }
    }
  }
  fragment TypeRef on __Type {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
          }
        }
      }
    }
  }
`);

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType?: TypeRef | null;
}

export interface IntrospectedField {
  name: string;
  description: string | null;
  isDeprecated?: boolean;
  deprecationReason?: string | null;
  type: TypeRef;
  args: { name: string; description: string | null; defaultValue: string | null; type: TypeRef }[];
}

export interface SchemaField {
  name: string;
  description: string;
  type: string;
  deprecated: string | null;
  args: { name: string; type: string; defaultValue: string | null; description: string }[];
}

/** `[NodeKind!]!` from the nested type reference introspection returns. */
export function typeName(ref: TypeRef | null | undefined): string {
  if (!ref) return '?';
  if (ref.kind === 'NON_NULL') return `${typeName(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeName(ref.ofType)}]`;
  return ref.name ?? '?';
}

export function schemaFields(fields: IntrospectedField[] | null | undefined): SchemaField[] {
  return (fields ?? []).map((f) => ({
    name: f.name,
    description: f.description ?? '',
    type: typeName(f.type),
    deprecated: f.isDeprecated ? (f.deprecationReason ?? 'deprecated') : null,
    args: f.args.map((a) => ({ name: a.name, type: typeName(a.type), defaultValue: a.defaultValue, description: a.description ?? '' })),
  }));
}

/** How a field reads in the panel: `search(query: String!, first: Int = 20): [SearchHit!]!`. */
export function fieldSignature(f: SchemaField): string {
  const args = f.args.map((a) => `${a.name}: ${a.type}${a.defaultValue !== null ? ` = ${a.defaultValue}` : ''}`).join(', ');
  return `${f.name}${args ? `(${args})` : ''}: ${f.type}`;
}
