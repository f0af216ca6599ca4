/** Shared pieces of every forecast panel: band, table view and export, accuracy, decisions. */
export { default as ChartFrame } from './ChartFrame.vue'
export { default as ForecastHonesty } from './ForecastHonesty.vue'
export { default as DecisionLine } from './DecisionLine.vue'
export { default as CsvButton } from './CsvButton.vue'
export { bandSeries, clampBand, isHelperSeries, legendNames, plainAxisTooltip, HELPER_PREFIX, type BandOptions } from './band'
export { toCsv, safeFileName, type DataTable, type DataColumn, type Cell } from './table'
export {
  accuracyByHorizon,
  overallCoverage,
  bandVerdict,
  yearHorizonBucket,
  type BacktestPoint,
  type HorizonAccuracy,
  type BandVerdict,
} from './accuracy'
export { SEVERITY_ORDER, type Decision, type DecisionSeverity, type RegionNames } from './decision'
export { download } from './download'
