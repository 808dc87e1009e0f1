export * from './booking.ts';
export * from './completion.ts';
