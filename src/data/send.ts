import { packInitiatives, transferablesOf } from '../domain/initiativeTable.ts';
import type { Cell, Initiative } from '../domain/types.ts';
import { ROWS_PER_MESSAGE, type ViewMessage } from './protocol.ts';

export type Emit = (message: ViewMessage, transfer?: Transferable[]) => void;

/**
 * Sends rows to the main thread in the shapes that cost it least to receive: cells in chunks
 * (no single message is a long task), initiatives packed into arrays that move without a copy.
 */
export function sendCells(emit: Emit, cells: readonly Cell[]) {
  for (let start = 0; start === 0 || start < cells.length; start += ROWS_PER_MESSAGE) {
    emit({ type: 'cells', first: start === 0, rows: cells.slice(start, start + ROWS_PER_MESSAGE) });
  }
}

export function sendInitiatives(emit: Emit, initiatives: readonly Initiative[]) {
  const packed = packInitiatives(initiatives);
  emit({ type: 'initiatives', packed }, transferablesOf(packed));
}
