import * as v from 'valibot'
import { inject, type App, type InjectionKey } from 'vue'
import { RuntimeConfig } from '@/config'

const runtimeConfigKey: InjectionKey<RuntimeConfig> = Symbol('runtimeConfig')

/** The schema's defaults: what a component sees when nothing was provided (component tests). */
const DEFAULTS: RuntimeConfig = v.parse(RuntimeConfig, {})

export function provideRuntimeConfig(app: App, config: RuntimeConfig): void {
  app.provide(runtimeConfigKey, config)
}

export function useRuntimeConfig(): RuntimeConfig {
  return inject(runtimeConfigKey, DEFAULTS)
}

export { runtimeConfigKey }
