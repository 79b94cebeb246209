/** What `<spp-provider>` gives every widget inside it, through @lit/context. */
import { createContext } from '@lit/context';
import type { Actor, FrameworkPack, Partnership, Store } from '@spp/core';

export interface SppContextValue {
  store?: Store;
  actor?: Actor;
  partnership?: Partnership;
  framework?: FrameworkPack;
  /** The cycle widgets show when they are not given their own `cycle-id`. */
  cycleId?: string;
}

export const sppContext = createContext<SppContextValue>(Symbol.for('spp-context'));
