export { flowQueries } from './queries'
export { flowLayers, odFlowsLayer } from './flows.layers'
export { summariseOd, flowWidthPx, netFlowShare, type OdSummary } from './odFlows'
export { odFeatures, TOP_FLOWS } from './flowMapData'
export { default as PopulationFlowsPanel } from './PopulationFlowsPanel.vue'
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
