import { randomFillSync } from 'node:crypto';

// UUIDv7 (RFC 9562) with a counter after the millisecond timestamp (its "method 3"), so ids made
// by one process only ever increase. New rows then land at the right edge of every index keyed
// by id, and id order is insertion order: a million-row import no longer scatters writes over
// the whole primary key, and reading pensioners in id order reads the table front to back.

let lastMs = 0;
let counter = 0;
const COUNTER_MAX = 2 ** 42 - 1;

// One system call per 1,024 random words instead of one per id.
const pool = new Uint32Array(1024);
let poolIndex = pool.length;
const random32 = (): number => {
  if (poolIndex === pool.length) {
    randomFillSync(pool);
    poolIndex = 0;
  }
  return pool[poolIndex++]!;
};

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');

export const orderedUuid = (nowMs: number = Date.now()): string => {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    // A random start in the lower half leaves room to count up within the millisecond.
    counter = random32() * 512;
  } else {
    counter += 1;
    if (counter > COUNTER_MAX) {
      // More ids in one millisecond than the counter holds: borrow the next millisecond.
      lastMs += 1;
      counter = 0;
    }
  }
  const ms = lastMs;
  const counterHigh = Math.floor(counter / 2 ** 30); // 12 bits: rand_a
  const counterLow = counter % 2 ** 30; // 30 bits: top of rand_b
  const random = random32();
  const timeHex = hex(ms, 12);
  const variantWord = 0x8000 | (counterLow >>> 16); // '10' variant, then 14 counter bits
  const tail = ((counterLow & 0xffff) * 2 ** 32 + random).toString(16).padStart(12, '0');
  return `${timeHex.slice(0, 8)}-${timeHex.slice(8)}-${hex(0x7000 | counterHigh, 4)}-${hex(variantWord, 4)}-${tail}`;
};
