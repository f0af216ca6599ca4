import { defineAsyncComponent } from 'vue'

export * from './kpis'
export { districtBarOption, type DistrictValue } from './districtChart'
export { default as KpiRow } from './KpiRow.vue'
export { default as PopulationByDistrictPanel } from './PopulationByDistrictPanel.vue'
/** Loads on first render, or earlier by `loadAlertListPanel()`: explore shows it below the first screen (ui/LazyPanel.vue). */
export const loadAlertListPanel = () => import('./AlertListPanel.vue')
export const AlertListPanel = defineAsyncComponent(loadAlertListPanel)
