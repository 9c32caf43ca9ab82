import type { SalesLineConfig } from '@sales-line/core';
import { SalesLineConfigChangeEvent, SalesLinePublishEvent } from '../events.ts';

// The editor fires its events from here, so the manifest lists each once, as its JSDoc `@event` says.

export type PublishOutcome = { published: true } | { published: false; reason: string | undefined };

/** Asks the host whether this document may be published: the cancelable `sales-line-publish` event. */
export function requestPublish(host: HTMLElement, config: SalesLineConfig): PublishOutcome {
  const event = new SalesLinePublishEvent({ config });
  host.dispatchEvent(event);
  return event.defaultPrevented ? { published: false, reason: event.reason } : { published: true };
}

/** Tells the host the user's edit left a valid document. */
export function notifyConfigChange(host: HTMLElement, config: SalesLineConfig): void {
  host.dispatchEvent(new SalesLineConfigChangeEvent({ config }));
}
