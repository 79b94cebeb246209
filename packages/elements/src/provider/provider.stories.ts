import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { until } from 'lit/directives/until.js';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import { createStore, memoryAdapter, memoryOutbox, serverConnection, type Partnership } from '@spp/core';
import { demoCycles, demoPartnership } from '@spp/core/demo';
import { sppContext, type SppContextValue } from '../shared/context';
import { tokens } from '../shared/styles';
import './provider.define';
import '../evidence-log/evidence-log.define';

/**
 * Story-only stand-in for a widget: it reads the provider's context exactly as every SPP widget
 * does (`@consume({ context: sppContext, subscribe: true })`) and shows what it received. It is not
 * part of the library; real widgets have their own stories.
 */
class StoryContextView extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        padding: var(--_space);
        border: 1px solid var(--_border-subtle);
        border-radius: var(--_radius);
      }
      h2 {
        margin: 0 0 var(--_space);
        font-size: 1.2em;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 16px;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.2em;
      }
      .muted {
        color: var(--_text-muted);
      }
    `,
  ];

  @consume({ context: sppContext, subscribe: true })
  @state()
  private context?: SppContextValue;

  override render() {
    const ctx = this.context;
    if (!ctx) return html`<p>Not inside an <code>&lt;spp-provider&gt;</code>.</p>`;
    const partnership: Partnership | undefined = ctx.partnership;
    const person = partnership?.people.find((p) => p.id === ctx.actor?.id);
    const school = partnership?.schools.find((s) => s.id === person?.schoolId);
    return html`<h2>What a widget inside receives</h2>
      <dl>
        <dt>Partnership</dt>
        <dd>${partnership ? `${partnership.name} (${partnership.academicYear})` : html`<span class="muted">none yet</span>`}</dd>
        <dt>Signed in as</dt>
        <dd>
          ${person
            ? `${person.name}, ${person.jobRole.replace('-', ' ')}${school ? ` at ${school.name}` : ''}`
            : ctx.actor
              ? html`<span class="muted">${ctx.actor.id} (not a member of this partnership)</span>`
              : html`<span class="muted">nobody</span>`}
        </dd>
        <dt>Cycle</dt>
        <dd>${ctx.cycleId ?? html`<span class="muted">none chosen</span>`}</dd>
        <dt>Store</dt>
        <dd>${ctx.store ? 'connected' : html`<span class="muted">none</span>`}</dd>
        ${partnership
          ? html`<dt>Schools</dt>
              <dd>
                <ul>
                  ${partnership.schools.map((s) => html`<li>${s.name} <span class="muted">(${s.group})</span></li>`)}
                </ul>
              </dd>`
          : nothing}
      </dl>`;
  }
}
if (!customElements.get('story-context-view')) customElements.define('story-context-view', StoryContextView);

type ProviderArgs = {
  actorId?: string;
  cycleId?: string;
  storage?: 'indexeddb' | 'memory';
  partnershipId?: string;
};

const people = demoPartnership().people.map((p) => p.id);
const cycleIds = demoCycles().map((c) => c.id);

const meta = {
  title: 'Foundations/Provider',
  component: 'spp-provider',
  parameters: {
    docs: {
      description: {
        component: `
\`<spp-provider>\` is the one element a host page sets up: it gives every SPP widget inside it the
**store** (where cycles are read and saved: IndexedDB on this device by default, or any \`@spp/core\`
Store over your own adapter), the **signed-in person** (\`actor-id\`), the **partnership**
(the \`partnership\` property, or \`partnership-id\` to load it from the store), the enquiry
**framework** and the **cycle** widgets show by default. Widgets still accept each of these
themselves, which wins over the provider.

The provider renders nothing of its own apart from an error when a partnership cannot be loaded
(\`part="error"\`); it uses \`display: contents\`, so it does not affect the host page's layout.

In these stories a small story-only element stands in for a widget and lists what it receives.
        `,
      },
    },
  },
  argTypes: {
    // Other properties get their controls from custom-elements.json (.storybook/preview.ts);
    // objects (store, partnership, framework) are set in each story's render.
    actorId: { control: 'select', options: [undefined, ...people] },
    cycleId: { control: 'select', options: [undefined, ...cycleIds] },
  },
  args: { storage: 'memory' },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** The usual set-up: the page passes the partnership object and says who is signed in. */
export const WithPartnership: Story = {
  args: { actorId: 'u-erin', cycleId: 'c-kelmarsh' },
  render: (args) => html`<spp-provider
    .partnership=${demoPartnership()}
    storage=${ifDefined(args.storage)}
    actor-id=${ifDefined(args.actorId)}
    cycle-id=${ifDefined(args.cycleId)}
  >
    <story-context-view></story-context-view>
  </spp-provider>`,
};

/**
 * The partnership is loaded from the store by id (here an in-memory store seeded with the demo
 * partnership and its cycles), as on a page that only knows the partnership's id.
 */
export const LoadedFromStore: Story = {
  args: { actorId: 'u-amara', partnershipId: 'p-riverside', cycleId: 'c-ashby' },
  render: (args) => {
    const partnership = demoPartnership();
    const initial: Record<string, unknown> = { [`partnership/${partnership.id}`]: partnership };
    for (const cycle of demoCycles(partnership)) initial[`cycle/${cycle.id}`] = cycle;
    const store = createStore(memoryAdapter({ initial }));
    return html`<spp-provider
      .store=${store}
      partnership-id=${ifDefined(args.partnershipId)}
      actor-id=${ifDefined(args.actorId)}
      cycle-id=${ifDefined(args.cycleId)}
    >
      <story-context-view></story-context-view>
    </spp-provider>`;
  },
};

/** Any content can sit inside: the provider only adds context, no box or styles of its own. */
export const WithSlottedContent: Story = {
  args: { actorId: 'u-dev' },
  render: (args) => html`<spp-provider .partnership=${demoPartnership()} storage=${ifDefined(args.storage)} actor-id=${ifDefined(args.actorId)}>
    <p>
      Widgets such as a self-review form or a workshop planner go here. Each one finds this provider
      by itself, however deeply it is nested, so the host page sets things up once.
    </p>
  </spp-provider>`,
};

/** When `partnership-id` names nothing in the store, the provider says so (`part="error"`, an alert). */
export const PartnershipNotFound: Story = {
  args: { actorId: 'u-erin', partnershipId: 'p-unknown' },
  render: (args) => html`<spp-provider
    storage=${ifDefined(args.storage)}
    partnership-id=${ifDefined(args.partnershipId)}
    actor-id=${ifDefined(args.actorId)}
  >
    <story-context-view></story-context-view>
  </spp-provider>`,
};

/**
 * On the shared server (`server-url`, or a ready `connection`) while it cannot be reached: the
 * widgets open from what this device kept of the server's records, a new edit waits in the outbox
 * ("saved on this device only, n waiting"), and an earlier edit the server did not accept is shown
 * with its reason and the person's text until they dismiss it. The story's connection is given a
 * `fetch` that never reaches anything, so nothing leaves the page.
 */
export const OnTheServerOffline: Story = {
  name: 'On the server, offline',
  args: { cycleId: 'c-oakfield' },
  render: (args) => {
    const partnership = demoPartnership();
    const cycle = demoCycles(partnership).find((c) => c.id === 'c-oakfield')!;
    const outbox = memoryOutbox();
    const connection = (async () => {
      await outbox.saveRecord({ kind: 'partnership', id: partnership.id, revision: 1, document: partnership });
      await outbox.saveRecord({ kind: 'cycle', id: cycle.id, revision: 3, document: cycle });
      const earlier = await outbox.add({ commandId: 'c-story-refused', partnershipId: partnership.id, kind: 'cycle', id: cycle.id, queuedAt: '2026-11-20T10:02:00.000Z', event: { type: 'RECORD_EVIDENCE', item: { id: 'ev-story', note: 'Year 4 book look: reading records signed at home most weeks.' } } });
      await outbox.refuse(earlier.commandId, {
        commandId: earlier.commandId,
        kind: 'cycle',
        id: cycle.id,
        event: earlier.event,
        refusal: { code: 'wrong-stage', reason: 'The findings have been agreed, so evidence can no longer be added.' },
        at: '2026-11-20T10:05:00.000Z',
      });
      const offline = () => Promise.reject(new TypeError('Failed to fetch'));
      return serverConnection({ baseUrl: 'https://spp.trust.example', partnershipId: partnership.id, personId: 'u-erin', outbox, fetch: offline, live: false });
    })();
    return html`${until(
      connection.then(
        (c) => html`<spp-provider .connection=${c} cycle-id=${ifDefined(args.cycleId)}>
          <spp-evidence-log></spp-evidence-log>
        </spp-provider>`,
      ),
      nothing,
    )}`;
  },
};
