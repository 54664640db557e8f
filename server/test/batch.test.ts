import { describe, expect, it } from 'vitest';
import { batched } from '../batch.ts';

describe('group commit', () => {
  it('writes the first call alone, groups the ones that wait, and answers each its own', async () => {
    const batches: number[][] = [];
    const write = batched(async (items: number[]) => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return items.map((i) => i * 10);
    });
    const results = await Promise.all([1, 2, 3, 4].map(write));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('fails every call of a failed batch, and goes on with the next', async () => {
    let calls = 0;
    const write = batched(async (items: string[]) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return items;
    });
    const outcomes = await Promise.allSettled(['a', 'b', 'c'].map(write));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(await write('d')).toBe('d');
  });
});
