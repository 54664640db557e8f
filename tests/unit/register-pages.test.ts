import { describe, expect, it } from 'vitest';
import type { RegisterPage } from '../../src/data/registerClient.ts';
import { type Pages, registerPages } from '../../src/state/registerPages.ts';

type Page = RegisterPage<number, 'pending'>;
const page = (items: number[], next: number | null): Page => ({ items, next, totals: { pending: 250 } });

/** A load whose answers the test gives, in any order. */
function register() {
  const asked: { after: number | undefined; answer: (p: Page) => void; refuse: (e: Error) => void }[] = [];
  const load = (after?: number) =>
    new Promise<Page>((answer, refuse) => {
      asked.push({ after, answer, refuse });
    });
  return { asked, load };
}
/** A pager over that register, and what it shows now. */
function start() {
  const { asked, load } = register();
  let now: Pages<number, 'pending'> = { pages: [], error: '' };
  const pager = registerPages(load, (p) => {
    now = p;
  });
  return { asked, pager, shown: () => now };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a register list, page by page', () => {
  it('appends the next page, and asks a page on its way once', async () => {
    const { asked, pager, shown } = start();
    pager.first();
    asked[0]?.answer(page([1, 2], 2));
    await settled();
    pager.more();
    pager.more();
    expect(asked.map((a) => a.after)).toEqual([undefined, 2]);
    asked[1]?.answer(page([3], null));
    await settled();
    expect(shown().pages.flatMap((p) => p.items)).toEqual([1, 2, 3]);
    pager.more(); // no next page: nothing asked
    expect(asked).toHaveLength(2);
  });

  it('drops a page asked before a reload, whichever comes first', async () => {
    const { asked, pager, shown } = start();
    pager.first();
    asked[0]?.answer(page([1, 2], 2));
    await settled();
    pager.more(); // asked[1]
    pager.first(); // a decision: asked[2]
    asked[2]?.answer(page([2, 4], 4));
    await settled();
    asked[1]?.answer(page([3], null));
    asked[1]?.refuse(new Error('late'));
    await settled();
    expect(shown()).toEqual({ pages: [page([2, 4], 4)], error: '' });
  });

  it("asks no next page while a reload is on its way: its cursor is the old list's", async () => {
    const { asked, pager, shown } = start();
    pager.first();
    asked[0]?.answer(page([1, 2], 2));
    await settled();
    pager.first(); // a decision: asked[1]
    pager.more(); // the old list's cursor: not asked
    expect(asked).toHaveLength(2);
    asked[1]?.answer(page([2, 3], 3));
    await settled();
    pager.more(); // the new list's cursor
    asked[2]?.answer(page([4], null));
    await settled();
    expect(asked.map((a) => a.after)).toEqual([undefined, undefined, 3]);
    expect(shown().pages.flatMap((p) => p.items)).toEqual([2, 3, 4]);
  });

  it('keeps the rows shown when a page is refused, and says why', async () => {
    const { asked, pager, shown } = start();
    pager.first();
    asked[0]?.answer(page([1], 1));
    await settled();
    pager.more();
    asked[1]?.refuse(new Error('HTTP 503'));
    await settled();
    expect(shown()).toEqual({ pages: [page([1], 1)], error: 'HTTP 503' });
    pager.more(); // asked again after the refusal
    expect(asked.map((a) => a.after)).toEqual([undefined, 1, 1]);
  });
});
