import { STAFF_ROLES } from '@lifecert/core';

/** The audit channel of staff actions that are not themselves certifications. */
export const STAFF_CONSOLE = 'staff_console';

export const ANY_STAFF = STAFF_ROLES;
