/**
 * @spp/elements: Lit web components for SPP school peer review. Importing this module defines
 * every widget; import a widget's own `define` module to load just that one.
 */
export { SppProvider } from './provider/provider.define';
export { SppSelfReview } from './self-review/self-review.define';
export { SppReviewPlan } from './review-plan/review-plan.define';
export { SppEvidenceLog } from './evidence-log/evidence-log.define';
export { SppActionPlan } from './action-plan/action-plan.define';
export { SppCycleTracker } from './cycle-tracker/cycle-tracker.define';
export { SppStrengthsDirectory, SppSupportSuggestedEvent } from './strengths-directory/strengths-directory.define';
export { SppReviewSchedule, SppSchedulePublishedEvent } from './review-schedule/review-schedule.define';
export { SppWorkshopPlanner } from './workshop-planner/workshop-planner.define';
export { SppPartnershipGoals } from './partnership-goals/partnership-goals.define';
export { SppImpactReview } from './impact-review/impact-review.define';

export { sppContext, type SppContextValue } from './shared/context';
export { setStrings, resetStrings, stringSets, stringTable, loadStrings, registerStrings, mapStrings, plural, enPlural, cyPlural, type DeepPartial, type Plural, type Translation } from './shared/strings';
export { LocaleController, langOf } from './shared/locale-controller';
export { SppCycleChangeEvent, SppRefusedEvent, SppSaveStateEvent, SppStageChangeEvent, SppTokenExpiredEvent, type SaveState } from './shared/events';
export { SppElement, SppCycleElement } from './shared/spp-element';
export { DocumentController, type DocumentModel, type DocumentSource, type LoadState } from './shared/document-controller';
export { CycleController, cycleModel } from './shared/cycle-controller';
export { defineElement } from './shared/define';
