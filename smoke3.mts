import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
const s = JSON.parse(readFileSync('/tmp/neo4j-dev.json', 'utf8'));
const d = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password));
try { await d.executeQuery("MATCH (n) WHERE NOT (n:Country OR n:Region OR n:RegionTable OR n:SchemaMigration) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS", {}, { database: 'neo4j' }); console.log('ok'); } catch (e) { console.log('fail', (e as Error).message.slice(0, 100)); }
try { await d.executeQuery("MATCH (n) WHERE NOT (n:Country OR n:Region OR n:RegionTable OR n:SchemaMigration) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS", {}, { database: 'neo4j', bookmarkManager: null }); console.log('ok2'); } catch (e) { console.log('fail2', (e as Error).message.slice(0, 100)); }
const r = await d.executeQuery("CALL dbms.components() YIELD versions RETURN versions", {}, { database: 'neo4j' }); console.log(r.records[0].get(0));
await d.close();
