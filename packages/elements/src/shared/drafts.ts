/**
 * What a person has typed or chosen that is not in the document yet (an "add" box, a form, an
 * edit core has not taken), kept on this device per person and document, so a reload, a closed
 * tab or a crash does not lose it. Storage may be blocked (private mode, sandboxed frames): the
 * drafts then live in memory only.
 */
export class Drafts {
  private values: Record<string, string> = {};
  private key?: string;

  /** Points the drafts at a person's document, reading what was kept. Returns true when it changed. */
  use(key: string | undefined): boolean {
    if (key === this.key) return false;
    this.key = key;
    this.values = {};
    if (!key) return true;
    try {
      const raw = localStorage.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      if (parsed && typeof parsed === 'object') {
        for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') this.values[name] = value;
      }
    } catch {
      // Blocked or unreadable storage: start empty, in memory.
    }
    return true;
  }

  has(name: string): boolean {
    return name in this.values;
  }

  /** The draft, or '' when there is none. */
  get(name: string): string {
    return this.values[name] ?? '';
  }

  /** The draft, or `undefined` when there is none (an emptied field is a draft: ''). */
  find(name: string): string | undefined {
    return this.values[name];
  }

  /** Names of kept drafts starting with `prefix`. */
  names(prefix = ''): string[] {
    return Object.keys(this.values).filter((name) => name.startsWith(prefix));
  }

  /** Keeps `value`; an empty one removes the draft (an "add" box emptied or added). */
  set(name: string, value: string): void {
    if (value) this.values[name] = value;
    else delete this.values[name];
    this.write();
  }

  /** Keeps `value` even when empty: a field the person emptied is still an edit to make. */
  keep(name: string, value: string): void {
    this.values[name] = value;
    this.write();
  }

  delete(...names: string[]): void {
    let changed = false;
    for (const name of names) {
      if (name in this.values) {
        delete this.values[name];
        changed = true;
      }
    }
    if (changed) this.write();
  }

  /** A JSON draft, or `undefined` when there is none (or it cannot be read). */
  getJson<T>(name: string, check: (value: unknown) => value is T): T | undefined {
    const raw = this.values[name];
    if (!raw) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      return check(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  setJson(name: string, value: unknown): void {
    this.set(name, value === undefined ? '' : JSON.stringify(value));
  }

  private write(): void {
    if (!this.key) return;
    try {
      if (Object.keys(this.values).length) localStorage.setItem(this.key, JSON.stringify(this.values));
      else localStorage.removeItem(this.key);
    } catch {
      // Blocked or full storage: the drafts stay in memory.
    }
  }
}

/** A new id for an item a person adds (`prefix-` + a random UUID), safe for core's `Id`. */
export function newId(prefix: string): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return `${prefix}-${crypto.randomUUID()}`;
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
