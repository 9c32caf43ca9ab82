import { describe, expect, it } from 'vitest';
import { parseFactPath } from '../../src/rules.ts';

describe('parseFactPath', () => {
  it.each([
    ['$.company.size', ['company', 'size']],
    ['$.tags[0]', ['tags', 0]],
    ['$.contacts[12].email', ['contacts', 12, 'email']],
    ['$.annual_revenue-usd', ['annual_revenue-usd']],
    ['$.2fa', ['2fa']],
  ])('reads %s as plain property steps', (path, segments) => {
    expect(parseFactPath(path)).toEqual({ ok: true, segments });
  });

  it.each([
    ['the jsonpath-plus escape from the toolchain notes', "$..[?(@.constructor[( @.getPrototypeOf(@).constructor('x')() )])]", /recursive search/],
    ['the same escape without recursive descent', "$[?(@.constructor[( @.getPrototypeOf(@).constructor.call(0, 'x')() )])]", /filters and scripts/],
    ['a filter', '$.tags[?(@ == "vip")]', /filters and scripts/],
    ['a script index', '$.tags[(@.length-1)]', /filters and scripts/],
    ['a wildcard', '$.tags[*]', /wildcards/],
    ['a dot wildcard', '$.company.*', /wildcards/],
    ['recursive descent', '$..size', /recursive search/],
    ['a quoted name', "$['company']", /quoted names/],
    ['a property-names grab', '$.company~', /"~"/],
    ['a parent step', '$.company^', /"~", "\^"/],
    ['a path that does not start with $', 'company.size', /start it with "\$"/],
    ['a path naming nothing', '$', /at least one property/],
    ['a negative index', '$.tags[-1]', /list position/],
    ['a slice', '$.tags[0:2]', /list position/],
    ['__proto__', '$.__proto__.polluted', /"__proto__" is not allowed/],
    ['constructor', '$.constructor.prototype', /"constructor" is not allowed/],
    ['a space', '$.company size', /only ".name" and "\[0\]"/],
    ['too many characters', `$.${'a'.repeat(300)}`, /characters long/],
    ['too many steps', `$${'.a'.repeat(20)}`, /steps/],
  ])('refuses %s, saying why', (_, path, reason) => {
    const result = parseFactPath(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
