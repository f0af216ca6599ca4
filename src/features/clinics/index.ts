export { clinicQueries } from './queries'
export { clinicLayers, clinicUtilisationLayer, clinicFacilitiesLayer } from './clinics.layers'
export { recentLoad, clinicPoints, clinicRegionRows } from './clinicMapData'
export { default as ClinicCapacityPanel } from './ClinicCapacityPanel.vue'
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
