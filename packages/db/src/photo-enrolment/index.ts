export * from './schema.ts';
export * from './request-enrolment.ts';
export * from './decide-enrolment.ts';
export * from './enrolment-queries.ts';
