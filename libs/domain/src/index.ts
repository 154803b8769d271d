export * from './shared/result';
export * from './shared/domain-error';
export * from './shared/localized-text';
export * from './action-plan/action-plan';
export * from './realtime/server-events';
