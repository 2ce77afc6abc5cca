/** `npm run neo4j:fetch` — fetch the embedded Neo4j now (npm start otherwise does it on first start). */
import { readConfig } from '../config.js';
import { ensureNeo4jDistribution } from './fetch.js';

ensureNeo4jDistribution(readConfig().embedded.home, (l) => console.log(l)).then(
  (paths) => console.log(`Neo4j is ready in ${paths.distribution}.`),
  (e: Error) => {
    console.error(e.message);
    process.exit(1);
  },
);
