// Chaos tier: the BUILT api and worker (apps/api/dist) as child processes on a throwaway
// database, killed and restarted; Redis restarts use a redis-server of the test's own.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-chaos',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/chaos/**/*.chaos-spec.ts'],
  maxWorkers: 1,
  testTimeout: 300000,
};
