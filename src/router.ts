import type { Component } from 'vue'
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

/** A view's module: the component, and the async components its first screen draws. */
interface ViewModule {
  default: Component
  firstScreen: readonly Component[]
}

// Two statements, not a ternary: the bundler attaches one view's preload list to a ternary of imports.
export async function loadView(view: ViewName): Promise<Component> {
  if (view === 'wall') return withFirstScreen(await import('./views/wall/WallView.vue'))
  return withFirstScreen(await import('./views/explore/ExploreView.vue'))
}

/** The view, once the async components of its first screen have loaded too, so they render with it. */
async function withFirstScreen(m: ViewModule): Promise<Component> {
  await Promise.all(m.firstScreen.map(preloadComponent))
  return m.default
}
