/** `@spp/core/demo`: a fictional partnership for demos, Storybook and tests. */
export * from './partnership';
