import type { Browser, CDPSession, Page } from 'playwright-core';
import { CHOROPLETH_MARK } from '../../src/state/startup.ts';
import { markTime, openPage } from './browser.ts';
import { round } from './stats.ts';

/** The JS heap and the DOM, after forced garbage collection. */
export interface MemoryPoint {
  interactions: number;
  heapMB: number;
  domNodes: number;
  documents: number;
  listeners: number;
  detachedTrees: number;
  detachedNodes: number;
}

/** A heap snapshot's shallow sizes: V8's compiled code, and the JS heap's other objects. */
interface HeapSplit {
  codeMB: number;
  objectsMB: number;
}

/**
 * V8's heap, split by a heap snapshot: `code` nodes (bytecode and optimised code, which V8 adds as
 * functions get hot, not a leak) apart from the rest. Blink's own (`native`) nodes are left out,
 * as Runtime.getHeapUsage leaves them out.
 */
async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const heap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let code = 0;
  let objects = 0;
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const type = types[heap.nodes[i + typeAt] ?? -1];
    const size = heap.nodes[i + sizeAt] ?? 0;
    if (type === 'code') code += size;
    else if (type !== 'native' && type !== 'synthetic') objects += size;
  }
  return { codeMB: round(code / 1e6, 2), objectsMB: round(objects / 1e6, 2) };
}

/** A node and all its descendants, as DOM.getDetachedDomNodes gives them. */
interface TreeNode {
  children?: TreeNode[];
}
const treeSize = (node: TreeNode): number => 1 + (node.children ?? []).reduce((sum, child) => sum + treeSize(child), 0);

async function snapshot(cdp: CDPSession, interactions: number): Promise<MemoryPoint> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  // Trees no document holds but JavaScript still does, after GC: their roots and all their nodes.
  const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
  return {
    interactions,
    heapMB: round(usedSize / 1e6, 2),
    domNodes: counters.nodes,
    documents: counters.documents,
    listeners: counters.jsEventListeners,
    detachedTrees: detachedNodes.length,
    detachedNodes: detachedNodes.reduce((sum, d) => sum + treeSize(d.treeNode), 0),
  };
}

const SEARCHES = ['Gent', 'Namur', 'Luik', 'Eupen', 'Hasselt', 'Brugge', 'Mons', 'Arlon'];
const LANGUAGES = ['nl', 'fr', 'de', 'en'];
const PROVINCES = ['70000', '90000', '', '10000', '50000'];
const STATUSES = ['municipal', 'zonal', 'none', ''];

/**
 * The i-th interaction of a cycle of five: province, status, search and select, language, a
 * panel. The values repeat every 200 interactions, so the page is in the same state after 100
 * and after 500.
 */
async function interact(page: Page, i: number): Promise<void> {
  const selects = page.locator('.filters select');
  const [step, n] = [i % 5, Math.floor(i / 5)];
  if (step === 0) await selects.nth(1).selectOption(PROVINCES[n % PROVINCES.length] ?? '');
  if (step === 1) await selects.nth(3).selectOption(STATUSES[n % STATUSES.length] ?? '');
  if (step === 2) {
    const search = page.locator('input[role="combobox"]');
    await search.fill(SEARCHES[n % SEARCHES.length] ?? '');
    await search.press('ArrowDown');
    await search.press('Enter');
  }
  if (step === 3) await page.locator('.language select').selectOption(LANGUAGES[n % LANGUAGES.length] ?? 'en');
  // Forced: nothing covers the top bar, and the 'stable' check (two animation frames) costs about
  // 0.75 s per click on SwiftShader under load, which says nothing about memory.
  // A panel's own toggle: the header's first button is the phones' Menu, hidden on a desk.
  if (step === 4) await page.locator('.actions [data-panel]').first().click({ force: true });
}

/**
 * `warmup` interactions, a forced GC and a snapshot, `count` more, a forced GC and a snapshot.
 * Growth is between the two snapshots: code compiled on first use is in both.
 */
export async function measureMemory(browser: Browser, base: string, warmup: number, count: number) {
  const page = await openPage(browser, `${base}?lang=en`);
  await markTime(page, CHOROPLETH_MARK);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await page.waitForTimeout(500);
  const afterLoad = await snapshot(cdp, 0);
  const settle = async () => {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1500);
  };
  for (let i = 0; i < warmup; i++) await interact(page, i);
  await settle();
  const warm = await snapshot(cdp, warmup);
  const warmSplit = await heapSplit(cdp);
  for (let i = warmup; i < warmup + count; i++) await interact(page, i);
  await settle();
  const after = await snapshot(cdp, warmup + count);
  const afterSplit = await heapSplit(cdp);
  await cdp.detach();
  await page.context().close();
  return {
    warmup,
    count,
    afterLoad,
    warm,
    after,
    growth: round(after.heapMB / warm.heapMB - 1, 3),
    split: {
      warm: warmSplit,
      after: afterSplit,
      objectsGrowth: round(afterSplit.objectsMB / warmSplit.objectsMB - 1, 3),
    },
  };
}
