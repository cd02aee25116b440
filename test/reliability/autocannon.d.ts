/** The part of autocannon (which ships no types) that load.ts uses: one run, its clients and its result. */
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export interface Request {
    method?: string;
    path: string;
    headers?: Record<string, string>;
  }

  export interface Client extends EventEmitter {
    setRequests(requests: Request[]): void;
    requestIterator: { currentRequest: Request; currentRequestIndex: number };
  }

  export interface Options {
    url: string;
    connections: number;
    duration: number;
    /** Seconds before a request counts as timed out (an error). */
    timeout?: number;
    setupClient?: (client: Client) => void;
  }

  export interface Result {
    requests: { total: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }

  export interface Instance extends EventEmitter {
    stop(): void;
  }

  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
