/** @spp/elements: Lit web components for SPP peer review. Widgets are added here as they land. */
export {};
