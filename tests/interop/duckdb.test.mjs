// Loads the `diplomacy export` files into DuckDB, as they are, and checks row counts and joins against the
// catalogue's own numbers (`diplomacy stats --format json`): nothing here is a hard-coded count.
// Run by run.sh, which sets DIPLOMACY_EXPORT (the export folder) and DIPLOMACY_STATS (the stats JSON file).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const exportDir = required('DIPLOMACY_EXPORT');
const stats = JSON.parse(readFileSync(required('DIPLOMACY_STATS'), 'utf8'));

const jsonlFiles = ['countries', 'organizations', 'topics', 'sources', 'cameo_codes', 'people', 'engagements'];
const csvFiles = [
  'countries', 'organizations', 'topics', 'sources', 'cameo_codes', 'people', 'person_aliases', 'person_roles',
  'engagements', 'engagement_participants', 'engagement_topics', 'engagement_statements', 'engagement_cameo_codes',
  'engagement_plover_contexts', 'engagement_sources', 'engagement_evidence',
];
// CAMEO codes are text with leading zeros; a CSV reader guessing types would make 042 the number 42 (the README says so).
const csvTypes = {
  cameo_codes: { id: 'VARCHAR', root: 'VARCHAR' },
  engagement_cameo_codes: { cameo_code_id: 'VARCHAR' },
};

let instance;
let connection;

before(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  for (const name of jsonlFiles) {
    await connection.run(`CREATE TABLE j_${name} AS SELECT * FROM read_json_auto(${path('jsonl', name + '.jsonl')})`);
  }
  for (const name of csvFiles) {
    const types = csvTypes[name] ? `, types = ${structLiteral(csvTypes[name])}` : '';
    await connection.run(`CREATE TABLE c_${name} AS SELECT * FROM read_csv(${path('csv', name + '.csv')}${types})`);
  }
  await connection.run(`CREATE TABLE plover AS SELECT * FROM read_json_auto(${path('plover', 'events.jsonl')})`);
});

after(() => {
  connection?.closeSync();
  instance?.closeSync();
});

test('the stats come from the same dataset', () => {
  assert.ok(stats.records.engagements > 0, 'stats has engagements');
  assert.equal(typeof stats.version, 'string');
});

test('every JSON Lines file has one row per record of the catalogue', async () => {
  for (const name of jsonlFiles) {
    assert.equal(await scalar(`SELECT count(*) FROM j_${name}`), stats.records[name], `jsonl/${name}.jsonl`);
  }
});

test('every CSV entity table has one row per record of the catalogue', async () => {
  for (const name of jsonlFiles) {
    assert.equal(await scalar(`SELECT count(*) FROM c_${name}`), stats.records[name], `csv/${name}.csv`);
  }
});

test('CSV child tables have one row per participation, citation, evidence quote and statement', async () => {
  assert.equal(await scalar('SELECT count(*) FROM c_engagement_participants'), stats.records.participations);
  assert.equal(await scalar('SELECT count(*) FROM c_engagement_sources'), stats.records.citations);
  assert.equal(await scalar('SELECT count(*) FROM c_engagement_evidence'), stats.records.evidence_quotes);
  assert.equal(await scalar('SELECT count(*) FROM c_engagement_statements'), stats.records.statements);
});

test('nested JSON lists hold the same numbers of items', async () => {
  assert.equal(await scalar('SELECT sum(len(participants)) FROM j_engagements'), stats.records.participations);
  assert.equal(await scalar('SELECT sum(len(sources)) FROM j_engagements'), stats.records.citations);
  assert.equal(await scalar('SELECT sum(len(s.evidence)) FROM (SELECT unnest(sources) AS s FROM j_engagements)'), stats.records.evidence_quotes);
  assert.equal(await scalar('SELECT sum(len(statements)) FROM j_engagements'), stats.records.statements);
});

test('DuckDB infers dates as DATE, and CAMEO codes keep their leading zeros', async () => {
  assert.equal(await scalar("SELECT data_type FROM information_schema.columns WHERE table_name = 'j_engagements' AND column_name = 'date'"), 'DATE');
  assert.equal(await scalar("SELECT data_type FROM information_schema.columns WHERE table_name = 'c_engagements' AND column_name = 'date'"), 'DATE');
  assert.equal(await scalar("SELECT count(*) FROM j_cameo_codes WHERE id = '042'"), 1);
  assert.equal(await scalar("SELECT count(*) FROM c_cameo_codes WHERE id = '042'"), 1);
  assert.equal(await scalar('SELECT count(*) FROM c_engagement_cameo_codes x LEFT JOIN c_cameo_codes c ON c.id = x.cameo_code_id WHERE c.id IS NULL'), 0);
});

test('joining engagements to people (CSV) gives each person\'s engagement count', async () => {
  const rows = await query(`
    SELECT p.id, count(DISTINCT e.id) AS engagements
    FROM c_people p
    LEFT JOIN c_engagement_participants x ON x.person_id = p.id
    LEFT JOIN c_engagements e ON e.id = x.engagement_id
    GROUP BY p.id ORDER BY p.id`);
  assert.deepEqual(Object.fromEntries(rows.map(r => [r.id, Number(r.engagements)])), stats.by_person);
});

test('joining engagements to people (JSON Lines, unnested) gives the same counts', async () => {
  const rows = await query(`
    SELECT p.id, count(DISTINCT x.id) AS engagements
    FROM j_people p
    LEFT JOIN (SELECT id, unnest(participants).person_id AS person_id FROM j_engagements) x ON x.person_id = p.id
    GROUP BY p.id ORDER BY p.id`);
  assert.deepEqual(Object.fromEntries(rows.map(r => [r.id, Number(r.engagements)])), stats.by_person);
});

test('joining through people to countries gives engagements per country', async () => {
  const rows = await query(`
    SELECT c.id, count(DISTINCT x.engagement_id) AS engagements
    FROM c_countries c
    LEFT JOIN c_people p ON p.country_id = c.id
    LEFT JOIN c_engagement_participants x ON x.person_id = p.id
    GROUP BY c.id ORDER BY c.id`);
  assert.deepEqual(Object.fromEntries(rows.map(r => [r.id, Number(r.engagements)])), stats.by_country);
});

test('engagements per kind and per year match', async () => {
  const kinds = await query('SELECT kind, count(*) AS n FROM j_engagements GROUP BY kind');
  const expectedKinds = Object.fromEntries(Object.entries(stats.by_kind).filter(([, n]) => n > 0));
  assert.deepEqual(Object.fromEntries(kinds.map(r => [r.kind, Number(r.n)])), expectedKinds);

  const years = await query('SELECT CAST(year(date) AS VARCHAR) AS year, count(*) AS n FROM c_engagements GROUP BY 1');
  assert.deepEqual(Object.fromEntries(years.map(r => [r.year, Number(r.n)])), stats.by_year);
});

test('CSV and JSON Lines hold the same engagements', async () => {
  assert.equal(await scalar(`
    SELECT count(*) FROM c_engagements c FULL JOIN j_engagements j ON c.id = j.id
    WHERE c.id IS NULL OR j.id IS NULL OR c.title <> j.title OR c.date <> j.date OR c.kind <> j.kind`), 0);
});

test('the PLOVER events load, one per coded engagement, with actors and citations', async () => {
  assert.equal(await scalar('SELECT count(*) FROM plover'), stats.records.plover_events);
  assert.equal(await scalar('SELECT count(*) FROM plover WHERE len(actor) = 0'), 0);
  assert.equal(await scalar('SELECT count(*) FROM plover p LEFT JOIN j_engagements e ON e.id = p.id WHERE e.id IS NULL'), 0);
  assert.equal(await scalar('SELECT count(*) FROM plover WHERE len(cite_info.citation) = 0 OR len(event) <> 1'), 0);
  assert.equal(
    await scalar(`SELECT count(*) FROM (SELECT unnest(actor).person_id AS person FROM plover UNION ALL SELECT unnest(recipient).person_id FROM plover) a
                  LEFT JOIN j_people p ON p.id = a.person WHERE a.person IS NOT NULL AND p.id IS NULL`), 0);
});

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run tests/interop/run.sh`);
  }
  return value;
}

function path(...parts) {
  return sqlString(join(exportDir, ...parts));
}

function sqlString(text) {
  return `'${text.replaceAll("'", "''")}'`;
}

function structLiteral(types) {
  return `{${Object.entries(types).map(([column, type]) => `${sqlString(column)}: ${sqlString(type)}`).join(', ')}}`;
}

async function query(sql) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson();
}

async function scalar(sql) {
  const [row] = await query(sql);
  const value = Object.values(row)[0];
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
}
