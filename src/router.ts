import type { Component } from 'vue'
import type { Pinia } from 'pinia'
import type { QueryClient } from '@tanstack/vue-query'
import type { RuntimeConfig } from './config'
import { preloadComponent } from './ui/preloadComponent'

/**
 * Which view an address shows. Two full-screen views and nothing nested: `/wall` is the command-centre
 * wall, set up once with its own URL; `/explore` is the planner's workspace, and the bare address (or
 * any unknown path) goes there too, query kept so `/?lang=en` still switches language. Each view is
 * its own chunk, fetched at once at start-up (alongside the runtime config, not after it); going from
 * one view to the other is a page load, so the wall always starts clean.
 */
export type ViewName = 'explore' | 'wall'

const trimSlash = (s: string) => s.replace(/\/+$/, '')

export function viewForPath(pathname: string, base = '/'): ViewName {
  return trimSlash(pathname) === `${trimSlash(base)}/wall` ? 'wall' : 'explore'
}

export function viewPath(view: ViewName, base = '/'): string {
  return `${trimSlash(base)}/${view}`
}

/** A view's module: the component, the async components and map layers its first screen draws, and its data. */
interface ViewModule {
  default: Component
  firstScreen: readonly Component[]
  /** Loads the code of the map layers the first screen draws (each room's layers are a chunk). */
  loadFirstLayers: () => Promise<void>
  /** Starts the queries the first screen draws, so their answers are in (or on the way) when it mounts. */
  prefetchFirstData: (client: QueryClient) => void
  /** Creates the map as the first screen will show it, before the view mounts (once MapLibre is in). */
  startFirstMap: (client: QueryClient, config: RuntimeConfig, pinia: Pinia) => void
}

export interface LoadedView {
  prefetchFirstData: (client: QueryClient) => void
  startFirstMap: (client: QueryClient, config: RuntimeConfig, pinia: Pinia) => void
  /** The view, once the async components and map layers of its first screen have loaded too, so they render with it. */
  component: Promise<Component>
}

// Two statements, not a ternary: the bundler attaches one view's preload list to a ternary of imports.
export async function loadView(view: ViewName): Promise<LoadedView> {
  if (view === 'wall') return withFirstScreen(await import('./views/wall/WallView.vue'))
  return withFirstScreen(await import('./views/explore/ExploreView.vue'))
}

function withFirstScreen(m: ViewModule): LoadedView {
  // A layer chunk that fails to load here is asked for again by the map while its layer is on.
  const layers = m.loadFirstLayers().catch(() => undefined)
  const component = Promise.all([...m.firstScreen.map(preloadComponent), layers]).then(() => m.default)
  component.catch(() => undefined) // awaited by the caller; a failure is shown there
  return { prefetchFirstData: m.prefetchFirstData, startFirstMap: m.startFirstMap, component }
}
