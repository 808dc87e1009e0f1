// The core and db entry points do not export the staff slice yet (their index files belong to
// other work); the staff routes import it through this one file until they do, so the switch to
// `@lifecert/core` / `@lifecert/db` is a two-line change.
export * from '../../../../../packages/core/src/staff-access/index.ts';
export * from '../../../../../packages/db/src/staff/index.ts';
