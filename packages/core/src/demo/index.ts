/** `@spp/core/demo`: a fictional partnership and its cycles for demos, Storybook and tests. */
export * from './partnership';
export * from './cycles';
export * from './year';
