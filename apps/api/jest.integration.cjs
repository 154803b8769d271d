// Integration tier: real PostgreSQL and Redis, the real migrations, API and worker modules in process.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts', '<rootDir>/test/authorization/**/*.integration-spec.ts', '<rootDir>/test/fuzz/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/utils/global-setup.ts',
  globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 30000,
};
