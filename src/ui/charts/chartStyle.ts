export type ChartTheme = 'light' | 'dark'

/** Concrete colours and sizes for canvas charts, which can't read CSS variables. Mirrors ui/theme.css. */
export interface ChartStyle {
  text: string
  muted: string
  grid: string
  accent: string
  warn: string
  alarm: string
  /** The planner's scenario, set against the baseline's accent. */
  scenario: string
  fontFamily: string
  /** Label size in CSS px, already multiplied by the wall's screen scale. */
  fontSize: number
}

const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
const PALETTES: Record<ChartTheme, Omit<ChartStyle, 'fontSize' | 'fontFamily'>> = {
  dark: { text: '#eef3fb', muted: '#3a4d6e', grid: '#223250', accent: '#4fc3f7', warn: '#ffb020', alarm: '#ff5a5f', scenario: '#f48fb1' },
  light: { text: '#111827', muted: '#c3cddc', grid: '#d3dae6', accent: '#0b62c4', warn: '#8f5200', alarm: '#c0262d', scenario: '#b0186a' },
}

/** Pure: the style for a theme at a base label size. */
export function chartStyle(theme: ChartTheme, fontSize: number): ChartStyle {
  return { ...PALETTES[theme], fontFamily: FONT, fontSize }
}
