export * from './events';
export * from './machine';
export * from './dates';
export * from './cycle';
