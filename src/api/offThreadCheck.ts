import type { EndpointName } from './contract'
import { checkBytes, type BodyCheck } from './checkBody'
import type { ValidationWorkerApi } from './validation.worker'

/** Below this many bytes a body is checked inline: the round trip would cost more than it saves. */
export const OFF_THREAD_MIN_BYTES = 64 * 1024

/** Parses and validates a body; rejects only when the worker failed with the body in hand (retry). */
export type BodyChecker = (name: EndpointName, bytes: ArrayBuffer) => Promise<BodyCheck>

interface Connection {
  check: (name: EndpointName, bytes: ArrayBuffer) => Promise<BodyCheck>
  /** Rejects when the worker fails (cannot start, dies), so no call waits on it for ever. */
  failed: Promise<never>
}

/**
 * A body checker that sends large bodies to the validation worker. The worker (and comlink) start
 * when the checker is made, so they are warm when the first large body arrives. If the worker cannot
 * start or dies, later bodies are checked inline (same result, on the main thread); a body that was in the
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

  // Started now (at start-up, beside the app's own chunks), not with the first large body: on a busy
  // machine a worker takes seconds to load, and a panel would wait for it.
  void connect()
  return async (name, bytes) => {
    const pending = connect()
    if (bytes.byteLength < OFF_THREAD_MIN_BYTES) return checkBytes(name, bytes)
    const c = await pending
    if (!c) return checkBytes(name, bytes)
    return Promise.race([c.check(name, bytes), c.failed])
  }
}
