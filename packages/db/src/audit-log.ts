import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { canonicalJson } from './canonical-json.ts';
import type { ActorKind, AuditRow, Database } from './schema.ts';

export type AuditEntry = {
  actor: { kind: ActorKind; id: string | null };
  /** Certification channel or entry point (cli, api); null when not applicable. */
  channel: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** Never ID numbers, phone numbers, photos or embeddings. */
  details?: Record<string, unknown>;
  /** Defaults to now; millisecond precision is kept so the hash can be recomputed. */
  at?: Date;
};

export const GENESIS_HASH = '0'.repeat(64);

// Shared by every writer of the chain, whichever server instance it runs in.
const AUDIT_LOCK = 7_244_002;

type HashedContent = Pick<
  AuditRow,
  'at' | 'actor_kind' | 'actor_id' | 'channel' | 'action' | 'entity' | 'entity_id' | 'details'
>;

// Fixed field order for the envelope, canonical JSON (sorted keys) only where jsonb may reorder.
export const auditHash = (prevHash: string, row: HashedContent): string =>
  createHash('sha256')
    .update(prevHash)
    .update(
      JSON.stringify([
        row.at.toISOString(),
        row.actor_kind,
        row.actor_id,
        row.channel,
        row.action,
        row.entity,
        row.entity_id,
      ]),
    )
    .update(canonicalJson(row.details))
    .digest('hex');

/**
 * Appends entries to the chain inside the caller's transaction. The advisory lock is held until
 * that transaction ends, so append as late in the transaction as possible: every other writer of
 * the audit log waits for it.
 */
export const appendAudit = async (
  trx: Transaction<Database>,
  ...entries: AuditEntry[]
): Promise<number[]> => {
  if (entries.length === 0) return [];
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((entry) => {
    const content: HashedContent = {
      // Truncate to what the hash covers, whatever the caller passed.
      at: new Date((entry.at ?? new Date()).getTime()),
      actor_kind: entry.actor.kind,
      actor_id: entry.actor.id,
      channel: entry.channel,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      // Round-trip through JSON now so the hashed value equals what jsonb will give back.
      details: entry.details
        ? (JSON.parse(JSON.stringify(entry.details)) as Record<string, unknown>)
        : {},
    };
    const hash = auditHash(prevHash, content);
    const row = { ...content, prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  // Column arrays through unnest: imports append hundreds of thousands of entries at once.
  const { rows: inserted } = await sql<{ seq: number }>`
    insert into audit_log
      (at, actor_kind, actor_id, channel, action, entity, entity_id, details, prev_hash, hash)
    select at, actor_kind, actor_id, channel, action, entity, entity_id, details, prev_hash, hash
    from unnest(
      ${rows.map((r) => r.at.toISOString())}::timestamptz[],
      ${rows.map((r) => r.actor_kind)}::text[],
      ${rows.map((r) => r.actor_id)}::text[],
      ${rows.map((r) => r.channel)}::text[],
      ${rows.map((r) => r.action)}::text[],
      ${rows.map((r) => r.entity)}::text[],
      ${rows.map((r) => r.entity_id)}::text[],
      ${rows.map((r) => JSON.stringify(r.details))}::jsonb[],
      ${rows.map((r) => r.prev_hash)}::text[],
      ${rows.map((r) => r.hash)}::text[]
    ) with ordinality
      as u(at, actor_kind, actor_id, channel, action, entity, entity_id, details, prev_hash, hash, n)
    -- seq must follow the chain order, which verification walks.
    order by n
    returning seq`.execute(trx);
  return inserted.map((r) => r.seq);
};

export type AuditVerification =
  | { ok: true; checked: number; headHash: string }
  | { ok: false; checked: number; firstBadSeq: number; reason: 'prev_hash' | 'hash' };

/**
 * Walks the whole chain in pages. Detects edited, inserted, reordered or deleted rows, except
 * removal of the newest rows: compare `headHash` with a copy kept elsewhere to catch that.
 */
export const verifyAuditChain = async (
  db: Kysely<Database>,
  opts: { pageSize?: number } = {},
): Promise<AuditVerification> => {
  const pageSize = opts.pageSize ?? 5000;
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of page) {
      if (row.prev_hash !== prevHash) {
        return { ok: false, checked, firstBadSeq: row.seq, reason: 'prev_hash' };
      }
      if (auditHash(prevHash, row) !== row.hash) {
        return { ok: false, checked, firstBadSeq: row.seq, reason: 'hash' };
      }
      prevHash = row.hash;
      checked += 1;
    }
    if (page.length < pageSize) return { ok: true, checked, headHash: prevHash };
    afterSeq = page[page.length - 1]!.seq;
  }
};
