// node-postgres: read and write salary_range, read parse_posting output as
// JSON, call meets_requirements with a bound jsonb parameter.  Prints TAP.
'use strict';

const { Client, types } = require('pg');
const { SalaryRange, registerSalaryRange } = require('./salary_range');

const results = [];
const check = (cond, name) => results.push([Boolean(cond), name]);

async function main() {
  const client = new Client();
  await client.connect();
  try {
    await registerSalaryRange(client, types);
    let r = await client.query('SELECT $1::salary_range AS pay', ['$50/hour']);
    const pay = r.rows[0].pay;
    check(pay instanceof SalaryRange, 'node-postgres: salary_range is read as SalaryRange');
    check(pay.min === 50 && pay.max === 50 && pay.period === 'HOUR', 'node-postgres: $50/hour');
    check(pay.annual()[0] === 104000, 'node-postgres: annualized with the fixed factors');

    await client.query('CREATE TEMP TABLE pay (id int, pay salary_range)');
    await client.query('INSERT INTO pay VALUES (1, $1), (2, $2)',
      [new SalaryRange(120000, 150000), new SalaryRange(null, 90000, 'EUR', 'YEAR')]);
    r = await client.query('SELECT pay::text AS t FROM pay ORDER BY id');
    check(r.rows[0].t === '120000..150000 USD/YEAR' && r.rows[1].t === '..90000 EUR/YEAR',
      'node-postgres: SalaryRange parameters are written as canonical literals');
    r = await client.query("SELECT count(*)::int AS n FROM pay WHERE pay = '$104k a year'::salary_range OR pay @> 140000::numeric");
    check(r.rows[0].n === 1, 'node-postgres: operators on written values');

    const raw = 'Warehouse Associate\nSalary: $19 - $23 per hour\n1+ years of warehouse experience required. Forklift certification preferred.';
    r = await client.query('SELECT parse_posting($1) AS doc', [raw]);
    const doc = r.rows[0].doc;
    check(typeof doc === 'object' && doc.baseSalary && doc.baseSalary.value.unitText === 'HOUR',
      'node-postgres: parse_posting jsonb arrives as an object with an hourly baseSalary');
    r = await client.query('SELECT meets_requirements($1::jsonb, $2::jsonb) AS ok',
      [JSON.stringify({ yearsOfExperience: 2, skills: (doc.skills || []).map((x) => x.name) }),
        JSON.stringify(doc)]);
    check(r.rows[0].ok === true, 'node-postgres: meets_requirements with bound jsonb parameters');
    try {
      await client.query('SELECT meets_requirements($1::jsonb, $2::jsonb)',
        [JSON.stringify({ skills: 'SQL' }), JSON.stringify(doc)]);
      check(false, 'node-postgres: wrong-typed candidate key raises 22023');
    } catch (e) {
      check(e.code === '22023', 'node-postgres: wrong-typed candidate key raises 22023');
    }
  } finally {
    await client.end();
  }
}

main().catch((e) => { results.push([false, `node-postgres: ${e.message}`]); }).finally(() => {
  results.forEach(([ok, name], i) => console.log(`${ok ? 'ok' : 'not ok'} ${i + 1} - ${name}`));
  console.log(`1..${results.length}`);
});
