/** The enquiry framework: the default SPP pack and the functions that tailor and read it. */
export * from './default-pack';
export * from './framework';
export * from './localise';
