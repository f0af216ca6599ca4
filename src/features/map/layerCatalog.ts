import type { Localized } from './types'

/** Drawing order, bottom to top. Layers of an exclusive group replace each other when toggled on. */
export const LAYER_GROUPS = ['surface', 'choropleth', 'extrusion', 'flows', 'facilities'] as const
export type LayerGroup = (typeof LAYER_GROUPS)[number]

/** The feature room that declares a layer; its layer code loads with the first of its layers shown. */
export type LayerRoom = 'schools' | 'clinics' | 'population' | 'flows'

/** What the layer list, the URL and the wall's scenes need to know of a layer before its code loads. */
export interface LayerEntry {
  id: string
  title: Localized
  group: LayerGroup
  room: LayerRoom
}

/**
 * Every map layer as plain data, in the layer list's order. The layers themselves (queries, sources,
 * styles, custom WebGL) are declared in their rooms' `*.layers.ts` and load on demand (layers.ts):
 * a first screen carries the code of the layers it draws, not of all thirteen. A test keeps each
 * room's declarations equal to this list.
 */
export const MAP_LAYER_CATALOG = [
  { id: 'schools.gap', title: { 'zh-CN': '学位缺口', en: 'School place gap' }, group: 'choropleth', room: 'schools' },
  { id: 'schools.facilities', title: { 'zh-CN': '学校', en: 'Schools' }, group: 'facilities', room: 'schools' },
  { id: 'clinics.utilisation', title: { 'zh-CN': '基层医疗负荷（分区）', en: 'Clinic utilisation by district' }, group: 'choropleth', room: 'clinics' },
  { id: 'clinics.facilities', title: { 'zh-CN': '医疗机构', en: 'Clinics' }, group: 'facilities', room: 'clinics' },
  { id: 'population.density', title: { 'zh-CN': '人口密度（分区）', en: 'Population density by district' }, group: 'choropleth', room: 'population' },
  { id: 'population.dayNight', title: { 'zh-CN': '日间/常住人口比', en: 'Daytime ÷ resident population' }, group: 'choropleth', room: 'population' },
  { id: 'population.density3d', title: { 'zh-CN': '人口密度（三维）', en: 'Population density (3D)' }, group: 'extrusion', room: 'population' },
  { id: 'density.children_0_5', title: { 'zh-CN': '0–5岁儿童分布', en: 'Children 0–5' }, group: 'surface', room: 'population' },
  { id: 'density.children_6_10', title: { 'zh-CN': '6–10岁（小学学龄）', en: 'Children 6–10 (primary age)' }, group: 'surface', room: 'population' },
  { id: 'density.children_11_14', title: { 'zh-CN': '11–14岁（初中学龄）', en: 'Children 11–14 (junior age)' }, group: 'surface', room: 'population' },
  { id: 'density.elderly_65', title: { 'zh-CN': '65岁及以上老人分布', en: 'Residents 65+' }, group: 'surface', room: 'population' },
  { id: 'density.hourly', title: { 'zh-CN': '分时人口分布', en: 'Population by hour' }, group: 'surface', room: 'population' },
  { id: 'flows.od', title: { 'zh-CN': '人口流动（OD）', en: 'Population flows (OD)' }, group: 'flows', room: 'flows' },
] as const satisfies readonly LayerEntry[]

export type MapLayerId = (typeof MAP_LAYER_CATALOG)[number]['id']

/** Every layer id, for the URL decoder and the wall's scene list. */
export const MAP_LAYER_IDS: readonly MapLayerId[] = MAP_LAYER_CATALOG.map((l) => l.id)

export function layerEntry(id: string): LayerEntry | undefined {
  return MAP_LAYER_CATALOG.find((l) => l.id === id)
}
