import { err, ok, type Result } from '../result.ts';

/** What a scan of a stamped form or an overseas document may be. */
export const SCAN_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type ScanContentType = (typeof SCAN_CONTENT_TYPES)[number];

/** A phone photo or a 300 dpi scan of an A4 page fits well inside this. */
export const SCAN_MAX_BYTES = 5 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

// The type is read from the bytes, never taken from what the client claims.
const MAGIC: ReadonlyArray<[ScanContentType, readonly number[]]> = [
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

export type ScanError = 'field_required' | 'scan_too_large' | 'scan_type_not_allowed';

/** The scan's real content type, or why it is refused. */
export const checkScan = (bytes: Uint8Array): Result<ScanContentType, ScanError> => {
  if (bytes.length === 0) return err('field_required');
  if (bytes.length > SCAN_MAX_BYTES) return err('scan_too_large');
  const found = MAGIC.find(([, magic]) => startsWith(bytes, magic));
  return found ? ok(found[0]) : err('scan_type_not_allowed');
};
