import { describe, expect, it } from 'vitest';
import { REGISTER_ID_PREFIX, withRegisterOrigin } from '../../src/domain/register.ts';
import { cell } from './fixtures/cells.ts';

const aalst = (id: string) => cell(id, { municipalities: ['41002'] });

describe("the register's snapshot", () => {
  it('marks its own statements "register" and leaves the public facts "public"', () => {
    const rows = withRegisterOrigin([aalst('pub-1'), aalst(`${REGISTER_ID_PREFIX}7`), aalst('reg')]);
    expect(rows.map((r) => r.origin)).toEqual(['public', 'register', 'public']);
  });
});
