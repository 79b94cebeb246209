import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { connectionStore, createStore, indexedDbAdapter, memoryAdapter, type Actor, type CommandStore, type FrameworkPack, type Partnership, type ServerConnection, type Store } from '@spp/core';
import { SppTokenExpiredEvent } from '../shared/events';
import { signIn, type SignInProblem } from './provider.sign-in';
import { sppContext, type SppContextValue } from '../shared/context';
import { format, onStringsChange } from '../shared/strings';
import { aliases } from '../shared/styles';
import { LocaleController } from '../shared/locale-controller';
import { providerStrings } from './provider.strings';

/** Why the widgets inside have no partnership; its text is chosen when rendering (strings may change). */
type LoadProblem = { kind: 'missing' | 'no-store-yet'; id: string } | { kind: 'failed'; message: string } | SignInProblem;

/** While signed out or unreachable, how often the service is asked again. */
const SIGN_IN_RETRY_MS = 5_000;

/**
 * @summary Supplies the store, the signed-in person, the partnership and the current cycle to
 * every SPP widget inside it.
 *
 * Give it a `store` (any `@spp/core` Store: the browser's IndexedDB by default, or your own
 * adapter), the signed-in person (`actor-id`), and the partnership (the `partnership` property,
 * or `partnership-id` to load it from the store). Widgets inside read these unless they are given
 * their own.
 *
 * A `store` set later (as a page's own module does after a script-tag bundle has upgraded the
 * widgets), or a new `partnership-id`, wins over any answer still on its way for the earlier one.
 *
 * **On the shared server** (`@spp/server`): set `server-url` and `partnership-id`, and `token`
 * (a function returning the bearer token; leave it out for cookie sign-in). The provider asks the
 * service who is signed in (the person comes from the token, never from the page), then every
 * widget inside reads the records the service shows this person and sends its edits as commands
 * through a `serverConnection` (kept in an outbox on this device until the service has them). Or
 * give a ready `connection`. Widgets work the same way on either.
 *
 * @event spp-token-expired - The service says the sign-in has ended (`reason` `expired`) or is
 * someone else's (`other-person`); edits wait on this device. Make `token` return a new token.
 *
 * @slot - The widgets that share this context.
 * @csspart error - The message shown when the partnership cannot be loaded, or while no `store`
 * has been given and the built-in store does not have it.
 *
 * @cssprop --spp-color-brand - Brand colour (defaults to Fluent `--colorBrandBackground`).
 * @cssprop --spp-font-family - Font family (defaults to Fluent `--fontFamilyBase`).
 */
export class SppProvider extends LitElement {
  // Only the aliases: the provider wraps the page's own content, whose inherited styles are the page's.
  static override styles = [
    aliases,
    css`
      :host {
        display: contents;
      }
      :host([hidden]) {
        display: none;
      }
      [part='error'] {
        display: block;
        font-family: var(--_font);
        font-size: var(--_font-size);
        padding: 8px;
        border: 1px solid var(--_danger);
        color: var(--_danger);
      }
    `,
  ];

  /** The store widgets read and save through. If absent, one is created from `storage`. */
  @property({ attribute: false }) store?: Store;
  /** Which built-in store to create when no `store` is given: `indexeddb` (kept on this device) or `memory`. */
  @property() storage: 'indexeddb' | 'memory' = 'indexeddb';
  /** IndexedDB database name for the built-in store. */
  @property({ attribute: 'database-name' }) databaseName = 'spp';
  @property({ attribute: false }) actor?: Actor;
  /** The id of the signed-in person (a member of the partnership). */
  @property({ attribute: 'actor-id' }) actorId?: string;
  @property({ attribute: false }) partnership?: Partnership;
  /** Loads the partnership with this id from the store when `partnership` is not set. */
  @property({ attribute: 'partnership-id' }) partnershipId?: string;
  @property({ attribute: false }) framework?: FrameworkPack;
  /** The cycle widgets show by default. */
  @property({ attribute: 'cycle-id' }) cycleId?: string;
  /** Where `@spp/server` answers (e.g. `https://spp.trust.example`): widgets then work on the shared records. */
  @property({ attribute: 'server-url' }) serverUrl?: string;
  /** Returns the current bearer token for the service (asked before every request, so it may refresh). Omit for cookie sign-in. */
  @property({ attribute: false }) token?: () => string | null | undefined | Promise<string | null | undefined>;
  /** A ready connection to the service (instead of `server-url`): the provider then neither opens nor closes one. */
  @property({ attribute: false }) connection?: ServerConnection;

  @provide({ context: sppContext })
  @state()
  protected value: SppContextValue = {};

  @state() private loaded?: Partnership;
  @state() private loadProblem?: LoadProblem;
  private ownStore?: Store;
  /** The connection opened for `server-url`, and the store over the one in use. */
  private ownConnection?: ServerConnection;
  private connectionStore?: { connection: ServerConnection; store: CommandStore; stop: () => void };
  private signInKey = '';
  private signIns = 0;
  private signInTimer?: ReturnType<typeof setTimeout>;
  /** Numbers every load, and the latest one whose answer was used: see `loadPartnership`. */
  private loadsStarted = 0;
  private loadApplied = 0;

  /** The connection to the service in use: the one given, or the one opened for `server-url`. */
  get activeConnection(): ServerConnection | undefined {
    return this.connection ?? (this.serverUrl ? this.ownConnection : undefined);
  }

  /** The store in use: the one given, the service's (through the connection), or the built-in one. */
  get activeStore(): Store {
    if (this.store) return this.store;
    const connection = this.activeConnection;
    if (connection) return this.storeOf(connection);
    this.ownStore ??= createStore(this.storage === 'memory' ? memoryAdapter() : indexedDbAdapter({ name: this.databaseName }));
    return this.ownStore;
  }

  private unwatch?: () => void;
  private watching = '';
  private stopStrings?: () => void;
  private readonly localeState = new LocaleController(this);
  /** The provider's language, for its own messages (its `lang`, an ancestor's, `<html lang>`). */
  private get locale(): string {
    return this.localeState.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopStrings = onStringsChange(() => this.requestUpdate());
    // Put back after being taken out (a host page moving it): disconnecting closed the connection
    // and stopped watching, and nothing else would open them again until a property changed.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopStrings?.();
    this.closeConnection();
    this.unwatch?.();
    this.unwatch = undefined;
    this.watching = '';
    // Answers still on their way are dropped: reconnecting loads afresh.
    this.loadApplied = this.loadsStarted;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage') || changed.has('databaseName')) this.ownStore = undefined;
    const id = this.partnership?.id ?? this.partnershipId;
    const signInKey = !this.store && !this.connection && this.serverUrl && id ? `${this.serverUrl}\n${id}` : '';
    if (signInKey !== this.signInKey) {
      this.closeConnection();
      this.signInKey = signInKey;
      if (signInKey) void this.signIn(this.serverUrl!, id!);
    }
    const waitingForSignIn = Boolean(signInKey && !this.ownConnection);
    if (waitingForSignIn) {
      // Nothing to read until the service has said who this is.
      this.unwatch?.();
      this.unwatch = undefined;
      this.watching = '';
      this.loaded = undefined;
    } else if (id && (this.watching !== id || changed.has('store') || changed.has('storage') || changed.has('databaseName') || changed.has('connection'))) {
      // Follow the partnership in the store, so an edit (its goals, say) reaches every widget.
      this.unwatch?.();
      this.watching = id;
      // What the previous store said about the previous id is not this one's answer.
      this.loaded = undefined;
      this.loadProblem = undefined;
      const store = this.activeStore;
      this.unwatch = store.watch('partnership', id, () => void this.loadPartnership(store, id));
      void this.loadPartnership(store, id);
    }
    // On the service, the person is the one its sign-in names: never the page's `actor-id`.
    const connection = this.store ? undefined : this.activeConnection;
    const actorId = connection ? connection.personId : this.actor?.id ?? this.actorId;
    const given = this.partnership;
    const loaded = this.loaded?.id === given?.id || !given ? this.loaded : undefined;
    this.value = {
      store: waitingForSignIn ? undefined : this.activeStore,
      actor: actorId ? { id: actorId } : undefined,
      // The newer of the partnership given and the one in the store.
      partnership: given && (!loaded || given.revision >= loaded.revision) ? given : loaded,
      framework: this.framework,
      cycleId: this.cycleId,
    };
  }

  /** The store over `connection`, made once, passing its sign-in endings on to the page. */
  private storeOf(connection: ServerConnection): CommandStore {
    if (this.connectionStore?.connection === connection) return this.connectionStore.store;
    this.connectionStore?.stop();
    const stop = connection.subscribe((event) => {
      if (event.type === 'token-expired') this.dispatchEvent(new SppTokenExpiredEvent(event.reason, event.message));
    });
    this.connectionStore = { connection, store: connectionStore(connection), stop };
    return this.connectionStore.store;
  }

  /** Asks the service who is signed in, then opens the connection as that person; tries again while it cannot. */
  private async signIn(serverUrl: string, partnershipId: string): Promise<void> {
    const attempt = ++this.signIns;
    clearTimeout(this.signInTimer);
    if (!this.loadProblem) this.loadProblem = { kind: 'connecting' };
    const token = () => (this.token ? this.token() : undefined);
    const result = await signIn({ serverUrl, partnershipId, token: this.token ? token : undefined });
    if (attempt !== this.signIns || !this.isConnected) return;
    if (result.ok) {
      this.loadProblem = undefined;
      this.ownConnection = result.open();
      this.requestUpdate();
      return;
    }
    this.loadProblem = result.problem;
    if (result.problem.kind === 'signed-out') this.dispatchEvent(new SppTokenExpiredEvent('expired', result.problem.message));
    // Unreachable or signed out: ask again (a token function may have a new token by then).
    if (result.problem.kind !== 'forbidden') this.signInTimer = setTimeout(() => void this.signIn(serverUrl, partnershipId), SIGN_IN_RETRY_MS);
  }

  private closeConnection(): void {
    this.signIns++;
    clearTimeout(this.signInTimer);
    this.connectionStore?.stop();
    this.connectionStore = undefined;
    this.ownConnection?.close();
    this.ownConnection = undefined;
    this.signInKey = '';
    if (this.loadProblem && ['connecting', 'unreachable', 'signed-out', 'forbidden', 'not-the-service'].includes(this.loadProblem.kind)) this.loadProblem = undefined;
  }

  /**
   * Reads partnership `id` from `store`. Answers can arrive out of order: on a script-tag page the
   * provider asks its built-in store (IndexedDB, empty) when it connects, the page's module sets
   * `store` a moment later, and the slow, empty first answer used to land last and undo the page's.
   * So an answer is used only if it is still the question (the same store and id as now) and no
   * load started after it has answered already.
   */
  private async loadPartnership(store: Store, id: string): Promise<void> {
    const load = ++this.loadsStarted;
    const current = () => load > this.loadApplied && store === this.activeStore && id === (this.partnership?.id ?? this.partnershipId);
    try {
      const found = await store.get('partnership', id);
      if (!current()) return;
      this.loadApplied = load;
      this.loaded = found;
      // A partnership given as a property need not be in the store. Without a store of the page's,
      // only the built-in one was asked: say so rather than that the partnership does not exist.
      this.loadProblem = found || this.partnership ? undefined : { kind: this.store ? 'missing' : 'no-store-yet', id };
    } catch (error) {
      if (!current()) return;
      this.loadApplied = load;
      this.loadProblem = this.partnership ? undefined : { kind: 'failed', message: (error as Error).message };
    }
  }

  private problemText(problem: Exclude<LoadProblem, { kind: 'connecting' }>): string {
    const t = providerStrings(this.locale);
    switch (problem.kind) {
      case 'failed':
        return problem.message;
      case 'missing':
      case 'no-store-yet':
        return format(t.partnershipMissing, { id: problem.id });
      case 'unreachable':
        return t.serverUnreachable;
      case 'not-the-service':
        return t.notTheService;
      case 'signed-out':
        return format(t.signedOut, { message: problem.message ?? '' }).trim();
      case 'forbidden':
        return format(t.forbidden, { message: problem.message ?? '' }).trim();
    }
  }

  protected override render() {
    const problem = this.loadProblem;
    const t = providerStrings(this.locale);
    // Waiting for the page's store is announced politely; a missing partnership or a failure at once.
    const message = !problem
      ? nothing
      : problem.kind === 'no-store-yet' || problem.kind === 'connecting'
        ? html`<p part="error" role="status">${problem.kind === 'connecting' ? t.connecting : format(t.noStoreYet, { id: problem.id })}</p>`
        : html`<p part="error" role="alert">${this.problemText(problem)}</p>`;
    return html`${message}<slot></slot>`;
  }
}
