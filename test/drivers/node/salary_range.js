// A small node-postgres adapter giving salary_range a native value.
'use strict';

const LITERAL = /^(-?[0-9.]+)?(\.\.)?(-?[0-9.]+)? ([A-Z]{3})\/(HOUR|DAY|WEEK|MONTH|YEAR)$/;
const FACTOR = { HOUR: 2080, DAY: 260, WEEK: 52, MONTH: 12, YEAR: 1 };

// A pay range as jobreq prints it: LO..HI CUR/PERIOD, open bounds are null.
class SalaryRange {
  constructor(min, max, currency = 'USD', period = 'YEAR') {
    this.min = min;
    this.max = max;
    this.currency = currency;
    this.period = period;
  }

  // Parse jobreq's canonical text output.
  static parse(text) {
    const m = LITERAL.exec(text);
    if (!m) throw new Error(`not a canonical salary_range literal: ${text}`);
    const [, a, dots, b, currency, period] = m;
    if (!dots) return new SalaryRange(Number(a), Number(a), currency, period);
    return new SalaryRange(a === undefined ? null : Number(a),
      b === undefined ? null : Number(b), currency, period);
  }

  // The annual bounds, with the server's fixed factors.
  annual() {
    const f = FACTOR[this.period];
    return [this.min === null ? null : this.min * f, this.max === null ? null : this.max * f];
  }

  // Canonical literal, for parameters.
  toPostgres() {
    const lo = this.min === null ? '' : String(this.min);
    const hi = this.max === null ? '' : String(this.max);
    const body = this.min !== null && this.min === this.max ? lo : `${lo}..${hi}`;
    return `${body} ${this.currency}/${this.period}`;
  }
}

// Register the text parser for salary_range on a connected client's types.
async function registerSalaryRange(client, types) {
  const res = await client.query("SELECT 'salary_range'::regtype::oid AS oid");
  types.setTypeParser(Number(res.rows[0].oid), 'text', SalaryRange.parse);
}

module.exports = { SalaryRange, registerSalaryRange };
