/** Option builder for the residents-by-district bar chart. Pure: no Vue, data in, option out. */
import type { ChartOption } from '@/ui/charts/echarts'
import type { ChartStyle } from '@/ui/charts/chartStyle'

export interface DistrictValue {
  code: string
  name: string
  value: number
}

export function districtBarOption(
  rows: readonly DistrictValue[],
  style: ChartStyle,
  formatValue: (n: number) => string,
  highlight: string | null = null,
): ChartOption {
  // Biggest first, drawn top-down, so the eye reads the ranking like a list.
  const sorted = [...rows].sort((a, b) => b.value - a.value)
  return {
    animation: false,
    // ECharts 6 spelling of containLabel: keep the district names inside the grid box.
    grid: { left: 8, right: style.fontSize * 5, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { show: false },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: sorted.map((r) => r.name),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { color: style.text, fontSize: style.fontSize, fontFamily: style.fontFamily },
    },
    series: [
      {
        type: 'bar',
        barWidth: '58%',
        data: sorted.map((r) => ({
          value: r.value,
          itemStyle: { color: highlight && r.code !== highlight ? style.muted : style.accent },
        })),
        label: {
          show: true,
          position: 'right',
          distance: style.fontSize * 0.4,
          color: style.text,
          fontSize: style.fontSize,
          fontFamily: style.fontFamily,
          formatter: (p: { value?: unknown }) => (typeof p.value === 'number' ? formatValue(p.value) : ''),
        },
      },
    ],
  }
}
