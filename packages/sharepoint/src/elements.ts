/**
 * Every SPP widget, bundled into the web part's own module (dist/spp-sharepoint.js): the file ships
 * in the app package, so SharePoint's script Content-Security-Policy allows it like any SPFx
 * bundle, and the web part, the widgets and the store share one copy of @spp/core (the widgets
 * recognise the store's errors, e.g. a save conflict, by class).
 *
 * A page that also loads the drop-in bundle (another web part, a CDN script) gets a console warning
 * per widget from the second copy, never an error: the first definition is kept.
 */
import '@spp/elements';
import '@spp/elements/action-plan';
import '@spp/elements/cycle-tracker';
import '@spp/elements/evidence-log';
import '@spp/elements/impact-review';
import '@spp/elements/partnership-goals';
import '@spp/elements/provider';
import '@spp/elements/review-plan';
import '@spp/elements/review-schedule';
import '@spp/elements/self-review';
import '@spp/elements/strengths-directory';
import '@spp/elements/workshop-planner';
