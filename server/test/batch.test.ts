import { describe, expect, it } from 'vitest';
import { batched } from '../batch.ts';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('group commit', () => {
  it('groups the calls of one turn, and those made while a batch is written, and answers each its own', async () => {
    const batches: number[][] = [];
    const write = batched(async (items: number[]) => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return items.map((i) => i * 10);
    });
    const first = [1, 2].map(write);
    await later(5);
    const results = await Promise.all([...first, ...[3, 4].map(write)]);
    expect(results).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('retries a failed batch row by row: only the bad row fails, and the writer goes on', async () => {
    const batches: string[][] = [];
    const write = batched(async (items: string[]) => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (items.includes('bad')) throw new Error('invalid byte sequence');
      return items;
    });
    const a = write('a');
    await later(1);
    const outcomes = await Promise.allSettled([a, ...['b', 'bad', 'c'].map(write)]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
    expect(await write('d')).toBe('d');
  });

  it('does not retry row by row when the retry cannot help (the database is away)', async () => {
    let calls = 0;
    const write = batched(
      async (items: string[]) => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (calls === 2) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        return items;
      },
      200,
      (error) => (error as { code?: string }).code !== 'ECONNREFUSED',
    );
    const a = write('a');
    await later(1);
    const outcomes = await Promise.allSettled([a, ...['b', 'c'].map(write)]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(calls).toBe(2);
  });
});
