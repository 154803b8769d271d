// Shared Jest settings: SWC compiles TypeScript (with decorator metadata, which NestJS DI needs)
// and the domain library is resolved to its sources, as in the IDE.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@open-proposals/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@open-proposals/tools/(.*)$': path.join(__dirname, 'tools/$1'),
  },
  // content-disposition 3 (under @fastify/static) ships ES modules only; Node requires them, Jest's runtime cannot, so SWC compiles it.
  transformIgnorePatterns: ['^(?!.*/node_modules/content-disposition/).*/node_modules/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
