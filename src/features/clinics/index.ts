import { defineAsyncComponent } from 'vue'

export { clinicQueries } from './queries'
export { recentLoad, clinicPoints, clinicRegionRows } from './clinicMapData'
/** Loads on first render, or earlier by `loadClinicCapacityPanel()`: explore shows it below the first screen (ui/LazyPanel.vue). */
export const loadClinicCapacityPanel = () => import('./ClinicCapacityPanel.vue')
export const ClinicCapacityPanel = defineAsyncComponent(loadClinicCapacityPanel)
export {
  clinicDecision,
  rankClinicDecisions,
  cityClinicDecision,
  type ClinicDecision,
  type CityClinicDecision,
  type LoadDay,
  type LoadFlags,
} from './clinicDecision'
export { projectClinicLoad } from './clinicLoadModel'
export { validateClinicSeries, type ClinicSeriesProblem } from './clinicSeries'
export { clinicPanelModel } from './clinicPanelModel'
export { clinicLoadOption, type ClinicChartLabels } from './clinicLoadChart'
