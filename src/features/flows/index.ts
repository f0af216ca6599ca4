import { defineAsyncComponent } from 'vue'

export { flowQueries } from './queries'
export { summariseOd, flowWidthPx, netFlowShare, type OdSummary } from './odFlows'
export { odFeatures, TOP_FLOWS } from './flowMapData'
/** Loads on first render, or earlier by `loadPopulationFlowsPanel()`: explore shows it below the first screen (ui/LazyPanel.vue). */
export const loadPopulationFlowsPanel = () => import('./PopulationFlowsPanel.vue')
export const PopulationFlowsPanel = defineAsyncComponent(loadPopulationFlowsPanel)
export {
  flowDecision,
  regionFlowDecision,
  cityFlowDecision,
  daytimeGainRanking,
  forecastHours,
  peakPopulation,
  severityOf as flowSeverity,
  type FlowDecision,
  type FlowDecisionInput,
  type RegionFlowDecision,
  type CityFlowDecision,
  type FlowHour,
  type DistrictGain,
  type PeakPopulation,
} from './flowDecision'
export { checkFlowForecast, checkFlowProfile, type FlowIssue } from './flowCheck'
export { flowForecastOption, type FlowChartLabels } from './flowCharts'
