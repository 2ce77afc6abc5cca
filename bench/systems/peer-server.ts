/**
 * The peer: @neo4j/graphql over the same database, with type definitions generated from the
 * kernel's labels and links (peer-type-defs.ts), served by Apollo Server on 127.0.0.1. It compiles
 * each request's selection into one Cypher statement, run in one READ transaction.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { peerTypeDefs } from './peer-type-defs.js';

export interface PeerServerOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** The same transaction timeout the API's reads have. */
  queryTimeoutMs: number;
}

/** Starts the peer on a free port; `close` stops Apollo and the driver. */
export async function startPeerServer(o: PeerServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const driver = neo4j.driver(o.uri, neo4j.auth.basic(o.username, o.password), { maxConnectionPoolSize: 50, userAgent: 'nen-bench-peer' });
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({
      sessionConfig: { database: o.database },
      transaction: { timeout: o.queryTimeoutMs, metadata: { app: 'nen-bench-peer' } },
    }),
  });
  return {
    url: url.replace(/\/$/, ''),
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}
