import { createI18n } from 'vue-i18n'
import { messages } from '@/i18n'
import { mapMessages } from './i18n'
import type { MapLayer } from './mapLayer'
import type { SourceOutput, ViewState } from './types'
import type { LayerState } from './useMapLayers'

/** Test helpers for the map's component tests (not imported by app code). */

export function mapTestI18n(locale: 'zh-CN' | 'en' = 'en') {
  return createI18n({
    legacy: false,
    locale,
    messages: { 'zh-CN': { ...messages['zh-CN'], ...mapMessages['zh-CN'] }, en: { ...messages.en, ...mapMessages.en } },
  })
}

export const TEST_VIEW: ViewState = {
  center: [121.47, 31.2],
  zoom: 9,
  layers: [],
  selection: null,
  hour: 8,
  year: 2028,
  level: 'junior',
  dayType: 'weekday',
}

export function fakeState(layer: MapLayer, over: Partial<LayerState> = {}): LayerState {
  const output: SourceOutput = { geojson: { type: 'FeatureCollection', features: [] }, invalid: 0, notes: [] }
  return { layer, status: 'ready', error: null, meta: null, output, updating: false, retry: () => {}, ...over }
}
