/** Mount helpers for component tests: the app's plugins without network or router. */
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia } from 'pinia'
import * as v from 'valibot'
import { computed, type Component } from 'vue'
import { RuntimeConfig } from '@/config'
import { createAppI18n, type Locale } from '@/i18n'
import en from '@/i18n/en'
import wallZhCN from '@/views/wall/locales/zh-CN'
import { runtimeConfigKey } from './runtimeConfig'
import { cityTimeZoneKey } from './cityContext'

export interface TestAppOptions {
  locale?: Locale
  config?: Partial<RuntimeConfig>
  /** The city's time zone; Shanghai unless a test says otherwise, so results don't depend on the machine. */
  timeZone?: string
}

/** The app's i18n with both languages in, as after a switch (the app fetches en on first use), and the wall's text. */
export function testI18n(locale: Locale = 'zh-CN') {
  const i18n = createAppI18n(locale)
  i18n.global.setLocaleMessage('en', en)
  i18n.global.mergeLocaleMessage('zh-CN', wallZhCN)
  return i18n
}

export function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {},
  app: TestAppOptions = {},
) {
  const config = v.parse(RuntimeConfig, app.config ?? {})
  return mount(component, {
    ...options,
    global: {
      ...options.global,
      plugins: [testI18n(app.locale), createPinia(), ...(options.global?.plugins ?? [])],
      provide: {
        [runtimeConfigKey]: config,
        [cityTimeZoneKey]: computed(() => app.timeZone ?? 'Asia/Shanghai'),
        ...options.global?.provide,
      },
    },
  } as ComponentMountingOptions<C>)
}
