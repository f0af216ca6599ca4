import { createApp, type Component } from 'vue'
import { createPinia } from 'pinia'
import { VueQueryPlugin } from '@tanstack/vue-query'
import App from './App.vue'
import { loadConfig, type RuntimeConfig } from './config'
import { configureApi, offThreadChecker } from './api'
import { preloadMapRuntime } from './features/map/useMap'
import { loadView, viewForPath, viewPath, type LoadedView } from './router'
import { createAppI18n, loadLocaleMessages } from './i18n'
import { useUiStore } from './stores/ui'
import { createAppQueryClient } from './ui/queryClient'
import { provideRuntimeConfig } from './ui/runtimeConfig'
import { renderStartupError } from './ui/startupError'
import './ui/theme.css'

const MAP_WAIT_BEFORE_MOUNT_MS = 1000

/**
 * Start-up milestones as User Timing marks (`startup:*`, and `map:*` in mapRuntime.ts). They cost
 * nothing to record; `npm run bench` prints them against the floor's, so a slow step is named.
 */
const mark = (step: string) => performance.mark(`startup:${step}`)

async function start(): Promise<void> {
  const base = import.meta.env.BASE_URL
  const viewName = viewForPath(location.pathname, base)
  const canonical = viewPath(viewName, base)
  if (location.pathname !== canonical) history.replaceState(null, '', `${canonical}${location.search}${location.hash}`)
  // The view's code downloads while the config loads: no step of the start-up waits on the other.
  const view = loadView(viewName)
  view.catch(() => undefined) // awaited below; a failure is shown there

  const pinia = createPinia()
  const ui = useUiStore(pinia)
  const i18n = createAppI18n()
  // Starting in English fetches its messages while the config loads, so the first render is English.
  // If they can't be had, the app starts in Chinese and App.vue tries again.
  const localeReady = loadLocaleMessages(i18n.global, ui.locale).then(
    () => (i18n.global.locale.value = ui.locale),
    () => undefined,
  )

  let config: RuntimeConfig
  try {
    config = await loadConfig()
    mark('config')
  } catch (e) {
    // loadConfig reports every failure as a ConfigError; a wall must never sit on a blank page.
    renderStartupError('config', e)
    return
  }

  configureApi({ baseUrl: config.apiBaseUrl, token: config.apiToken, timeoutMs: config.requestTimeoutMs, checkBody: offThreadChecker() })

  // The mock API exists only in dev builds (or demo builds with VITE_MOCK=true); production bundles
  // carry none of it because this branch is dead code there and the import is dynamic.
  if (import.meta.env.DEV || import.meta.env.VITE_MOCK === 'true') {
    if (config.mock) {
      try {
        const { startMockWorker } = await import('../mocks/browser')
        await startMockWorker()
      } catch (e) {
        renderStartupError('mock', e)
        return
      }
    }
  }

  let viewComponent: Component
  let startFirstMap: LoadedView['startFirstMap']
  let mapRuntime: Promise<boolean> = Promise.resolve(false)
  const queryClient = createAppQueryClient()
  try {
    const loaded = await view
    mark('view')
    // The first screen's requests go out now, not when its components ask in the mount: their answers
    // arrive, and are checked, while MapLibre finishes loading, and the view mounts with its data.
    loaded.prefetchFirstData(queryClient)
    startFirstMap = loaded.startFirstMap
    // Both views open on a map, and MapLibre is the longest link. Its chunk has been downloading since
    // the page began (index.html preloads it); evaluating it takes the main thread for ~150 ms, so it
    // runs now that the requests are out, not before the config could be read.
    mapRuntime = preloadMapRuntime().then(() => true, () => false) // a failure is shown by the map when it mounts
    viewComponent = await loaded.component
  } catch (e) {
    // Offline, or a deployment replaced the chunk: say so and retry, never a blank wall.
    renderStartupError('code', e)
    return
  }

  await localeReady
  // The map starts before the view mounts, so MapLibre's style and worker get going while the view
  // renders (100–170 ms of main thread that used to come first; mounting before MapLibre was even
  // evaluated once started the map a second after its data). A slow network waits at most 1 s; then
  // the view's map component creates the map when MapLibre arrives.
  const mapLoaded = await Promise.race([mapRuntime, new Promise<false>((resolve) => setTimeout(() => resolve(false), MAP_WAIT_BEFORE_MOUNT_MS))])
  if (mapLoaded) startFirstMap(queryClient, config, pinia)
  mark('mount')
  const app = createApp(App, { view: viewComponent })
  app.use(pinia)
  app.use(i18n)
  app.use(VueQueryPlugin, { queryClient })
  provideRuntimeConfig(app, config)
  app.mount('#app')
}

void start()
