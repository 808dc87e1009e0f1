export * from './campaign-people.ts';
export * from './pending-query.ts';
export * from './progress-query.ts';
export * from './report-scope.ts';
export * from './test-report-world.ts';
