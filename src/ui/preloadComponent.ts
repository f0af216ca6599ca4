import type { Component } from 'vue'

/** What `defineAsyncComponent` returns, seen from outside: Vue's own loader (SSR hydration calls it). */
interface AsyncComponent {
  __asyncLoader?: () => Promise<unknown>
}

/**
 * Loads an async component (`defineAsyncComponent`) ahead of its first render, so it renders with
 * its parent. Otherwise it renders empty and swaps its component in only after `import()` has
 * resolved, which Chrome does in a task queued behind the first API answers: the map's layers
 * reached it 0.4 s late. Resolves whether or not the load worked (the component retries, and shows
 * its own failure, when it renders); a component that is not async resolves at once.
 */
export async function preloadComponent(component: Component): Promise<void> {
  await (component as AsyncComponent).__asyncLoader?.().catch(() => undefined)
}
