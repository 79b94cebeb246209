import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The messages shown next to form fields (a date core refused, a number out of range), by field
 * id. Each message is rendered as `<p class="field-error" id="<field>-error">` and joined to its
 * field by `aria-describedby`, so a screen reader reads it with the field.
 */
export class FieldErrors implements ReactiveController {
  private messages: Record<string, string> = {};

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  get(id: string): string | undefined {
    return this.messages[id];
  }

  /** Shows `message` for field `id`, or clears it (`undefined` or ''). */
  set(id: string, message: string | undefined): void {
    if ((this.messages[id] ?? undefined) === (message || undefined)) return;
    const next = { ...this.messages };
    if (message) next[id] = message;
    else delete next[id];
    this.messages = next;
    this.host.requestUpdate();
  }

  /** Clears the messages of every field whose id passes `test`. */
  clearWhere(test: (id: string) => boolean): void {
    const next = Object.fromEntries(Object.entries(this.messages).filter(([id]) => !test(id)));
    if (Object.keys(next).length === Object.keys(this.messages).length) return;
    this.messages = next;
    this.host.requestUpdate();
  }

  /** The message of field `id`, if any, to place after the field. */
  render(id: string) {
    const message = this.messages[id];
    return message ? html`<p class="field-error" id="${id}-error">${message}</p>` : nothing;
  }

  /** `aria-describedby` for field `id`: the other ids given, then its message when it has one. */
  describedBy(id: string, ...others: (string | false | undefined)[]): string | typeof nothing {
    const ids = [...others.filter((x): x is string => Boolean(x)), this.messages[id] ? `${id}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }
}
