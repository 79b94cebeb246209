/** The widgets a web part can show (`properties.widget`), with their names for the property pane. */
export const WIDGETS = {
  'self-review': 'Self-review',
  'review-plan': 'Review plan (pre-review meeting)',
  'evidence-log': 'Evidence log (review day)',
  'workshop-planner': 'Improvement workshop',
  'action-plan': 'Action plan and 90-day check-in',
  'review-schedule': 'Review schedule',
  'cycle-tracker': 'Cycle tracker',
  'partnership-goals': 'Partnership goals',
  'strengths-directory': 'Strengths directory',
  'impact-review': 'Impact review',
} as const;

export type WidgetName = keyof typeof WIDGETS;

/** Widgets that show one review cycle (`cycleId` required). */
export const CYCLE_WIDGETS: readonly WidgetName[] = ['self-review', 'review-plan', 'evidence-log', 'workshop-planner', 'action-plan'];

export function isWidgetName(value: unknown): value is WidgetName {
  return typeof value === 'string' && Object.hasOwn(WIDGETS, value);
}
