import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../runtime/config.js';

describe('configuration', () => {
  it('defaults to the embedded Neo4j on 127.0.0.1 and port 4000', () => {
    const c = readConfig({});
    expect(c).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      external: undefined,
      database: 'neo4j',
      embedded: { boltPort: 7688, heap: '1g', pageCache: '512m' },
    });
  });

  it('uses an external Neo4j when NEO4J_URI is set', () => {
    const c = readConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: 'p' });
    expect(c.external).toEqual({ uri: 'neo4j+s://x.databases.neo4j.io', username: 'u', password: 'p' });
  });

  it('lists every problem at once', () => {
    expect(() => readConfig({ PORT: 'eighty', NEO4J_HEAP: 'lots', NEO4J_URI: 'http://x' })).toThrow(ConfigError);
    try {
      readConfig({ PORT: 'eighty', NEO4J_HEAP: 'lots', NEO4J_URI: 'http://x' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/NEO4J_HEAP/);
      expect((e as Error).message).toMatch(/NEO4J_URI/);
    }
  });
});
