import type { EndpointName } from './contract'
import { checkBytes, type BodyCheck } from './checkBody'
import type { ValidationWorkerApi } from './validation.worker'

/**
 * Below this many bytes a body is checked inline. Every body of the district city is smaller (the
 * largest, a res-8 density surface, is ~480 kB), so it never loads the worker's second copy of valibot;
 * a street city's forecasts, facilities and OD matrix (1–3 MB each) go to the worker.
 */
export const OFF_THREAD_MIN_BYTES = 512 * 1024

/** Parses and validates a body; rejects only when the worker failed with the body in hand (retry). */
export type BodyChecker = (name: EndpointName, bytes: ArrayBuffer) => Promise<BodyCheck>

interface Connection {
  check: (name: EndpointName, bytes: ArrayBuffer) => Promise<BodyCheck>
  /** Rejects when the worker fails (cannot start, dies), so no call waits on it for ever. */
  failed: Promise<never>
}

/**
 * A body checker that sends large bodies to the validation worker. The worker (and comlink) start
 * with the first large body, so a city without one never loads them. If the worker cannot start or
 * dies, later bodies are checked inline (same result, on the main thread); a body that was in the
 * worker then is gone (it was transferred), and its request fails as retryable.
 */
export function offThreadChecker(): BodyChecker {
  let connection: Promise<Connection | null> | null = null

  function connect(): Promise<Connection | null> {
    connection ??=
      typeof Worker === 'undefined'
        ? Promise.resolve(null)
        : import('comlink').then(
            ({ wrap, transfer }) => {
              const worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module', name: 'validation' })
              const failed = new Promise<never>((_, reject) =>
                worker.addEventListener('error', () => {
                  connection = Promise.resolve(null) // later bodies are checked inline
                  worker.terminate()
                  reject(new Error('The validation worker failed'))
                }),
              )
              failed.catch(() => {}) // only calls in flight care
              const remote = wrap<ValidationWorkerApi>(worker)
              // Transferred, not copied: megabytes move to the worker without a pass over them here.
              return { check: (name: EndpointName, bytes: ArrayBuffer) => remote.checkBytes(name, transfer(bytes, [bytes])), failed }
            },
            () => null, // the chunk did not load (offline, new deployment): check inline
          )
    return connection
  }

  return async (name, bytes) => {
    if (bytes.byteLength < OFF_THREAD_MIN_BYTES) return checkBytes(name, bytes)
    const c = await connect()
    if (!c) return checkBytes(name, bytes)
    return Promise.race([c.check(name, bytes), c.failed])
  }
}
