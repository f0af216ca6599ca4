import { defineAsyncComponent } from 'vue'

/**
 * ECharts is the largest library after MapLibre, and a view's first screen may draw no chart (the
 * wall's overview scene): it loads with the first chart shown. A view that draws charts at once
 * calls `loadChart()` at setup so the chunk arrives alongside its data, not after it.
 */
export const loadChart = () => import('./Chart.vue')
export const Chart = defineAsyncComponent(loadChart)
export type { ChartOption } from './echarts'
export { chartStyle, type ChartStyle, type ChartTheme } from './chartStyle'
export { provideChartStyle, useChartStyle } from './useChartStyle'
