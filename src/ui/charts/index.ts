export { default as Chart } from './Chart.vue'
export type { ChartOption } from './echarts'
export { chartStyle, type ChartStyle, type ChartTheme } from './chartStyle'
export { provideChartStyle, useChartStyle } from './useChartStyle'
