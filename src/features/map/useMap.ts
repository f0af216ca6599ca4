import type { MapController, MapInit } from './mapRuntime'

/**
 * The session's one MapLibre instance. Views do not create maps: MapCanvas borrows this one and the
 * map's container element is moved into whichever view mounts it. Layers are swapped and the camera
 * flies; the map is never removed and rebuilt (that leaked before, and costs seconds on a wall).
 */
let instance: Promise<MapController> | null = null
let holder: HTMLElement | null = null
let runtime: Promise<typeof import('./mapRuntime')> | null = null
/** The runtime once it has loaded, so a map can be created without waiting a microtask. */
let loadedRuntime: typeof import('./mapRuntime') | null = null
let markDrawn: () => void = () => {}
const firstDrawn = new Promise<void>((resolve) => (markDrawn = resolve))
void firstDrawn.then(() => performance.mark('map:drawn')) // a start-up milestone (main.ts)

/**
 * Loads maplibre-gl (its own chunk, ~1 MB, which index.html has the browser fetch and compile from the
 * start) without creating a map, so it is ready while the view's other chunks and data load.
 */
export function preloadMapRuntime(): Promise<typeof import('./mapRuntime')> {
  runtime ??= import('./mapRuntime').then((m) => {
    performance.mark('startup:maplibre') // evaluated; see main.ts
    return (loadedRuntime = m)
  }).catch((e: unknown) => {
    runtime = null
    throw e
  })
  return runtime
}

/**
 * Creates the session's map as soon as maplibre-gl has loaded, before the map component mounts: its
 * worker starts and its style loads while the view's panels render. The map waits in `init.host`
 * (or detached, at 400×300) until `acquireMap` moves it into place.
 */
export function createMapEarly(init: MapInit): Promise<MapController> {
  if (!instance) {
    // Loaded already (main.ts waits for it): create the map now, not in a callback that would run
    // only after the view has rendered and taken the main thread and the GPU.
    if (loadedRuntime) {
      try {
        instance = Promise.resolve(loadedRuntime.createMapController(init))
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e))) // the next mount tries again
      }
    } else {
      instance = preloadMapRuntime()
        .then((m) => m.createMapController(init))
        .catch((e: unknown) => {
          instance = null // let the next mount try again (e.g. after a WebGL context became available)
          throw e
        })
    }
    void instance.then((c) => c.drawn).then(markDrawn, () => {})
  }
  return instance
}

/** Resolves once the session's map has first drawn everything asked of it (never, without a map). */
export function whenMapDrawn(): Promise<void> {
  return firstDrawn
}

/**
 * Loads maplibre on first use (its own chunk), then re-parents the map into `host`; a map not created
 * yet is created there, at its real size.
 */
export function acquireMap(host: HTMLElement, init: MapInit): Promise<MapController> {
  return createMapEarly({ ...init, host }).then((c) => {
    const { width, height } = c.container.getBoundingClientRect()
    if (c.container.parentElement !== host) host.appendChild(c.container)
    holder = host
    // A map that waited in the view's slot usually has its size already; resizing reallocates the canvas.
    const now = c.container.getBoundingClientRect()
    if (now.width !== width || now.height !== height || !width) c.map.resize()
    c.setAnimated(true)
    return c
  })
}

/** Detaches the map from `host` unless another view has already taken it. Nothing is destroyed. */
export function releaseMap(host: HTMLElement): void {
  void instance?.then((c) => {
    if (holder !== host) return
    holder = null
    c.container.remove()
    c.setAnimated(false) // no repaint timers while nobody can see the map
  })
}

/** The map if it has been created, for callers that only want to act on an existing one. */
export function currentMap(): Promise<MapController> | null {
  return instance
}
