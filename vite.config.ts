import { defineConfig, type Plugin } from 'vitest/config'
import type { HtmlTagDescriptor } from 'vite'
import vue from '@vitejs/plugin-vue'
import vueI18n from '@intlify/unplugin-vue-i18n/vite'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

/** One id per build: the running bundle carries it, and `version.json` beside it names the deployed one. */
const BUILD_ID = process.env.APP_BUILD_ID || `${Date.now().toString(36)}`

/**
 * Writes `version.json` into each build so open screens notice a new deployment
 * (src/ui/useVersionCheck.ts); the dev server answers with the same id, so it never asks to reload.
 */
function versionFile(): Plugin {
  const body = JSON.stringify({ build: BUILD_ID })
  return {
    name: 'city-version-file',
    configureServer(server) {
      server.middlewares.use('/version.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json')
        res.setHeader('Cache-Control', 'no-store')
        res.end(body)
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'version.json', source: body })
    },
  }
}

/**
 * msw's service worker, straight from the installed msw (so it always matches its version), for the
 * dev server and for demo builds (`VITE_MOCK=true`) only: a production build ships no mock code.
 */
function mockServiceWorker(): Plugin {
  const file = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js')
  let demoBuild = false
  return {
    name: 'city-mock-service-worker',
    configResolved(config) {
      demoBuild = config.env.VITE_MOCK === 'true'
    },
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript')
        res.end(readFileSync(file))
      })
    },
    generateBundle() {
      if (demoBuild) this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(file) })
    },
  }
}

/**
 * What the first screen waits on longest, asked for from the page's first bytes rather than once the
 * app chunk (Vue, valibot, i18n) has been evaluated:
 * - the runtime config (`loadConfig` takes the preloaded response; keep the URLs the same);
 * - MapLibre's chunk (1 MB), downloaded and compiled early; main.ts evaluates it only once the first
 *   screen's requests are out.
 */
function preloadStartup(): Plugin {
  let base = '/'
  return {
    name: 'city-preload-startup',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [{ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: '/config.json' }, injectTo: 'head' }]
        const chunk = Object.values(ctx.bundle ?? {}).find((o) => o.type === 'chunk' && !!o.facadeModuleId?.endsWith('/src/features/map/mapRuntime.ts'))
        if (chunk) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` }, injectTo: 'head' })
        return tags
      },
    },
  }
}

export default defineConfig({
  plugins: [
    vue(),
    // Every room's `locales/*.ts` is compiled to message ASTs here, so the bundle carries vue-i18n's
    // runtime without its message compiler (and start-up compiles nothing). Composition API only, no
    // <i18n-t> components: the app uses neither the legacy API nor those.
    vueI18n({
      include: [fileURLToPath(new URL('./src/**/locales/*.ts', import.meta.url))],
      runtimeOnly: true,
      dropMessageCompiler: true,
      compositionOnly: true,
      fullInstall: false,
      module: 'petite-vue-i18n',
    }),
    versionFile(),
    mockServiceWorker(),
    preloadStartup(),
  ],
  // vue-i18n's esm-bundler build asks the bundler for this flag; false drops its devtools hooks.
  define: { __APP_BUILD__: JSON.stringify(BUILD_ID), __INTLIFY_PROD_DEVTOOLS__: 'false', __VUE_OPTIONS_API__: 'false' },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The map room's kit (and the query factories and formatters the layers share), used by the
              // views, the map components and each room's layer chunk: one chunk, not a dozen of a few
              // hundred bytes each. Without its dependencies, which stay where they were (Vue and valibot in
              // the app chunk).
              name: 'map-kit',
              test: /[\\/]src[\\/](features[\\/]map|ui[\\/]format|features[\\/][a-z]+[\\/]queries)/,
              minShareCount: 2,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'mocks/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['mocks/vitest.setup.ts'],
  },
})
