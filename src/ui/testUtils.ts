/** Mount helpers for component tests: the app's plugins without network or router. */
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { computed, type Component } from 'vue'
import { RuntimeConfig } from '@/config'
import { createAppI18n, type Locale } from '@/i18n'
import { runtimeConfigKey } from './runtimeConfig'
import { cityTimeZoneKey } from './cityContext'

export interface TestAppOptions {
  locale?: Locale
  config?: Partial<RuntimeConfig>
  /** The city's time zone; Shanghai unless a test says otherwise, so results don't depend on the machine. */
  timeZone?: string
}

export function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {},
  app: TestAppOptions = {},
) {
  const config = RuntimeConfig.parse(app.config ?? {})
  return mount(component, {
    ...options,
    global: {
      ...options.global,
      plugins: [createAppI18n(app.locale ?? 'zh-CN'), createPinia(), ...(options.global?.plugins ?? [])],
      provide: {
        [runtimeConfigKey]: config,
        [cityTimeZoneKey]: computed(() => app.timeZone ?? 'Asia/Shanghai'),
        ...options.global?.provide,
      },
    },
  } as ComponentMountingOptions<C>)
}
