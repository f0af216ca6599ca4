/**
 * Pure chart builders the wall shares with the explore panels. The rooms' index files do not export
 * them yet; this is the one place that reaches past the door, so it is one edit to fix once they do.
 */
export { placesChart, type PlacesChartLabels } from '@/features/schools/placesChart'
export { clinicPanelModel } from '@/features/clinics/clinicPanelModel'
export { clinicLoadOption, type ClinicChartLabels } from '@/features/clinics/clinicLoadChart'
export { flowForecastOption, type FlowChartLabels } from '@/features/flows/flowCharts'
