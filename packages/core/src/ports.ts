import { randomUUID } from 'node:crypto';

/** Time source for use cases; tests pass a fixed clock so deadlines are reproducible. */
export type Clock = { now(): number };

/** Identifier source; tests pass a counter so snapshots and assertions stay stable. */
export type Ids = { uuid(): string };

export const systemClock: Clock = { now: () => Date.now() };

export const fixedClock = (epochMs: number): Clock => ({ now: () => epochMs });

export const randomIds: Ids = { uuid: () => randomUUID() };
