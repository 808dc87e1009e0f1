// The core package's entry point does not export staff-access yet (its index is not this
// slice's file); types are taken from the module directly until it does.
export type { PensionerScope, ScopeOrganisation } from '../../../core/src/staff-access/index.ts';
