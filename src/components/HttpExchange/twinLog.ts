/**
 * The examples test (test/examples/twins.test.ts) listens here to every
 * <HttpExchange twin> the guides render: which twin, which request, and
 * the port's answer. Nothing listens in the page.
 */
import type { ExchangeOptions } from '../../../lib/exchange';

export interface TwinUse {
  twin: string;
  request: string;
  options?: ExchangeOptions;
  /** The port's response bytes (undefined when the exchange threw). */
  response?: Uint8Array;
  /** The difference the page declares (the `knownDifference` prop), if any. */
  knownDifference?: string;
}

let listener: ((use: TwinUse) => void) | undefined;

export function onTwinUse(callback: ((use: TwinUse) => void) | undefined): void {
  listener = callback;
}

export function reportTwinUse(use: TwinUse): void {
  listener?.(use);
}
