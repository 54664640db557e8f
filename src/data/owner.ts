import type { IDBPDatabase } from 'idb';
import type { Cell, Initiative } from '../domain/types.ts';
import type { DataState, SaveResult, ShippedContent, StorageStatus } from './protocol.ts';
import { applyImport, type ShippedLayer, shownRows, type UserKind, type UserLayer } from './rowLayers.ts';
import { deleteStore, dumpStore, OPEN_TIMEOUT_MS, openStore } from './saved/db.ts';
import { classify } from './saved/errors.ts';
import { clearSaved, commit, readRevision, readSaved, type Saved, undoLast } from './saved/rows.ts';
import { type AtlasDB, KINDS, type Kind } from './saved/schema.ts';
import { type Emit, sendCells, sendInitiatives } from './send.ts';
import { announce, exclusive } from './tabs.ts';

/**
 * The one owner of the data, in the data worker: the shipped layer, the user's layer, and the
 * saved copy of the latter. Every change of what the map shows goes out through `emit`.
 */
export class DataOwner {
  private readonly shipped: ShippedLayer = { cells: [], initiatives: [] };
  private content: ShippedContent = 'public';
  private showUser = true;
  private user: UserLayer = {};
  private revision: number | undefined;
  private savedAt: string | null = null;
  private unsaved = false;
  private undo: string | null = null;
  /** Undo while storage is out of reach: the layer before the last import, in memory. */
  private memoryUndo: { label: string; user: UserLayer } | null = null;
  private storage: StorageStatus = { state: 'loading' };
  private db: IDBPDatabase<AtlasDB> | undefined;

  constructor(
    private readonly emit: Emit,
    private readonly openTimeoutMs = OPEN_TIMEOUT_MS,
  ) {}

  userRows(kind: Kind): UserKind<{ id: string }> | undefined {
    return this.user[kind];
  }

  async restore(): Promise<void> {
    try {
      this.db = await openStore(this.openTimeoutMs);
      this.adopt(await readSaved(this.db));
    } catch (error) {
      const problem = classify(error);
      this.storage = { state: problem.code === 'newer' ? 'damaged' : 'unavailable', problem };
    }
    this.publish(KINDS);
  }

  private adopt(saved: Saved) {
    if (!saved.ok) {
      this.storage = { state: 'damaged', problem: saved.problem };
      return;
    }
    this.storage = { state: 'ready' };
    this.user = saved.user;
    this.revision = saved.meta?.revision ?? 0;
    this.savedAt = saved.meta?.savedAt ?? null;
    this.undo = saved.meta?.undo?.label ?? null;
    this.unsaved = false;
  }

  /** Reads the saved rows again if another tab has committed since; true if they changed. */
  async refresh(publish = true): Promise<boolean> {
    const db = this.db;
    if (!db || this.storage.state !== 'ready') return false;
    if ((await readRevision(db)) === this.revision) return false;
    this.adopt(await readSaved(db));
    if (publish) this.publish(KINDS);
    return true;
  }

  setShipped(content: ShippedContent, kind: Kind, rows: Cell[] | Initiative[]) {
    // Examples are shown alone; the public facts and the register's snapshot under the user's rows.
    const showUser = content !== 'examples';
    const switched = content !== this.content || this.showUser !== showUser;
    this.content = content;
    this.showUser = showUser;
    if (kind === 'cells') this.shipped.cells = rows as Cell[];
    else this.shipped.initiatives = rows as Initiative[];
    this.publish(switched ? KINDS : [kind]);
  }

  /** Applies an import to the user's rows and saves them; the result says whether they were kept. */
  async apply(kind: Kind, rows: Cell[] | Initiative[], mode: 'replace' | 'merge', label: string): Promise<SaveResult> {
    const update = () => {
      const next = applyImport(this.user[kind] as never, rows as never[], mode);
      return { before: { ...this.user }, next };
    };
    const wasHidden = !this.showUser;
    this.showUser = true;
    const db = this.db;
    let result: SaveResult;
    if (db && this.storage.state === 'ready') {
      result = await exclusive(async () => {
        await this.refresh(false);
        const { before, next } = update();
        this.user = { ...this.user, [kind]: next };
        try {
          const meta = await commit(db, { [kind]: next }, { label });
          [this.revision, this.savedAt, this.undo, this.unsaved] = [meta.revision, meta.savedAt, label, false];
          this.memoryUndo = null;
          announce({ type: 'changed', revision: meta.revision });
          return { status: 'saved', savedAt: meta.savedAt };
        } catch (error) {
          this.unsaved = true;
          this.memoryUndo = { label, user: before };
          return { status: 'not-saved', problem: classify(error) };
        }
      });
    } else {
      const { before, next } = update();
      this.user = { ...this.user, [kind]: next };
      this.unsaved = true;
      this.memoryUndo = { label, user: before };
      result = { status: 'not-saved', problem: this.storage.problem ?? classify('storage is not ready') };
    }
    this.publish(wasHidden ? KINDS : [kind]);
    return result;
  }

  async undoLast(): Promise<void> {
    const db = this.db;
    if (this.memoryUndo || !db || this.storage.state !== 'ready') {
      if (this.memoryUndo) this.user = this.memoryUndo.user;
      this.memoryUndo = null;
    } else {
      await exclusive(async () => {
        const meta = await undoLast(db);
        this.adopt(await readSaved(db));
        if (meta) announce({ type: 'changed', revision: meta.revision });
      });
    }
    this.publish(KINDS);
  }

  /** Forgets the user's rows; damaged storage is deleted whole, whatever its version. */
  async clear(): Promise<void> {
    if (this.storage.state === 'damaged') {
      await deleteStore(this.openTimeoutMs);
      this.db = undefined;
      await this.restore();
      announce({ type: 'changed', revision: -1 });
      return;
    }
    const db = this.db;
    if (db && this.storage.state === 'ready') {
      await exclusive(async () => {
        const meta = await clearSaved(db);
        this.adopt({ ok: true, meta, user: {} });
        announce({ type: 'changed', revision: meta.revision });
      });
    }
    [this.user, this.memoryUndo, this.unsaved] = [{}, null, false];
    this.publish(KINDS);
  }

  dump = () => dumpStore(this.openTimeoutMs);

  private state(): DataState {
    const userKinds = this.showUser ? KINDS.filter((kind) => this.user[kind]) : [];
    const undo = this.memoryUndo?.label ?? (this.storage.state === 'ready' ? this.undo : null);
    const savedAt = this.unsaved || userKinds.length === 0 ? null : this.savedAt;
    const userCounts = {
      cells: this.user.cells?.rows.length ?? 0,
      initiatives: this.user.initiatives?.rows.length ?? 0,
    };
    const shippedCounts = { cells: this.shipped.cells.length, initiatives: this.shipped.initiatives.length };
    const replaced = userKinds.filter((kind) => this.user[kind]?.withShipped === false);
    return {
      content: this.content,
      userKinds,
      userCounts,
      shippedCounts,
      replaced,
      savedAt,
      undo,
      storage: this.storage,
    };
  }

  private publish(kinds: readonly Kind[]) {
    const view = <K extends Kind>(kind: K) =>
      this.showUser ? shownRows<never>(this.shipped[kind] as never[], this.user[kind] as never) : this.shipped[kind];
    if (kinds.includes('cells')) sendCells(this.emit, view('cells') as Cell[]);
    if (kinds.includes('initiatives')) sendInitiatives(this.emit, view('initiatives') as Initiative[]);
    this.emit({ type: 'state', state: this.state() });
  }
}
