/**
 * `meta` for every endpoint: who owns the data, 口径 (definitions), units, and an honest demo flag.
 * Census residents and boundaries are real inputs; everything else is modelled for the demo.
 */
import type { EndpointName, LocalizedText, Meta } from '../../src/api/contract'

const MODELLED = { zh: '（模拟演示数据）', en: ' (modelled demo data)' }

const src = (zh: string, en: string, modelled = true): LocalizedText =>
  modelled ? { zh: zh + MODELLED.zh, en: en + MODELLED.en } : { zh, en }

type Def = readonly [metric: string, unit: string, zh: string, en: string]

interface MetaSpec {
  source: LocalizedText
  demo: boolean
  /** Built on the third-party boundaries: carries their attribution. */
  boundaries?: boolean
  /** The moment the data describes when it is not the API's as-of (a census describes its census day). */
  asOf?: string
  defs: readonly Def[]
}

const SPECS: Record<EndpointName, MetaSpec> = {
  city: {
    source: src('上海市民政局（行政区划）；边界：Apache ECharts 4.9.0', 'Shanghai Civil Affairs Bureau (divisions); boundaries: Apache ECharts 4.9.0', false),
    demo: false,
    boundaries: true,
    defs: [['centroid', 'degrees', '区内标注点：面积重心（位于区外时取最近的区内点）', 'Label anchor: area centroid, or the nearest interior point when the centroid falls outside']],
  },
  boundaries: {
    source: src('Apache ECharts 4.9.0 地图数据（上海市区县）', 'Apache ECharts 4.9.0 map data (Shanghai districts)', false),
    demo: false,
    boundaries: true,
    defs: [['geometry', 'degrees', '区界，WGS84，精度约100米，适用于区级专题图', 'District boundary, WGS84, ~100 m precision: for district choropleths']],
  },
  population: {
    source: src('上海市统计局 第七次全国人口普查（常住人口）；年龄分组与日间人口为模型推算', 'Shanghai Municipal Bureau of Statistics, 7th census (residents); age split and daytime population modelled'),
    demo: true,
    boundaries: true,
    asOf: '2020-11-01T00:00:00+08:00',
    defs: [
      ['residents', 'persons', '常住人口，2020年第七次全国人口普查', 'Resident population, 2020 census'],
      ['daytime', 'persons', '工作日日间人口 = 常住人口 + 跨区通勤流入 − 流出（模型）', 'Weekday daytime population = residents + in-commuters − out-commuters (modelled)'],
      ['areaKm2', 'km²', '由区界多边形计算的面积（含部分水域）', 'Area computed from the boundary polygons (includes some water)'],
      ['ageBands', 'persons', '年龄分组；全市0–14、15–59、60+合计与普查一致，区内分配为模型推算', 'Age bands; city totals of 0–14, 15–59 and 60+ equal the census, the district split is modelled'],
      ['age65plus', 'persons', '65岁及以上常住人口，全市合计与普查一致', 'Residents aged 65+, city total equals the census'],
    ],
  },
  density: {
    source: src('上海市统计局 普查人口，H3 网格分布为模型推算', 'Census counts from the Shanghai Municipal Bureau of Statistics, spread on the H3 grid by a model'),
    demo: true,
    boundaries: true,
    defs: [['value', 'persons', '网格内人数；各区网格之和等于该区对应人口（逐时表面为工作日）', 'Persons in the cell; a district’s cells add up to its count (the hourly surface is a weekday)']],
  },
  densityTiles: {
    source: src('上海市统计局 普查人口，H3 网格分布为模型推算', 'Census counts from the Shanghai Municipal Bureau of Statistics, spread on the H3 grid by a model'),
    demo: true,
    boundaries: true,
    defs: [
      ['n', 'persons', '网格内人数；各区网格之和等于该区对应人口（逐时表面为工作日）', 'Persons in the cell; a district’s cells add up to its count (the hourly surface is a weekday)'],
      ['v', 'persons/km²', '网格内人数 ÷ 网格面积，取整', 'Persons in the cell ÷ cell area, rounded'],
    ],
  },
  schools: {
    source: src('上海市教育委员会', 'Shanghai Municipal Education Commission'),
    demo: true,
    defs: [
      ['seats', 'places', '核定学位数', 'Approved places'],
      ['enrolled', 'pupils', '本学年在校生数', 'Pupils enrolled this school year'],
      ['opensIn', 'year', '规划学校的开办年份', 'Year a planned school opens'],
    ],
  },
  schoolForecast: {
    source: src('上海市教育委员会；城市数据大脑模型', 'Shanghai Municipal Education Commission; City Data Brain model'),
    demo: true,
    defs: [
      ['demand', 'pupils', '需要公办学位的适龄儿童（小学6–10岁、初中11–14岁），p10/p50/p90', 'Children needing a public place (primary 6–10, junior 11–14), p10/p50/p90'],
      ['seats', 'places', '当年可用学位，含已开办的规划学校', 'Places available that year, planned openings included'],
      ['plannedSeats', 'places', '截至当年规划新增学位', 'Places from planned openings up to that year'],
      ['mape', 'ratio', '回测平均绝对百分比误差', 'Backtest mean absolute percentage error'],
      ['coverage80', 'ratio', '回测实际值落入p10–p90区间的比例', 'Share of backtest actuals inside p10–p90'],
    ],
  },
  clinics: {
    source: src('上海市卫生健康委员会', 'Shanghai Municipal Health Commission'),
    demo: true,
    defs: [
      ['dailyCapacity', 'visits/day', '日门诊服务能力', 'Outpatient visits a day the clinic can serve'],
      ['doctors', 'persons', '执业医师数', 'Practising doctors'],
      ['recentVisits', 'visits/day', '最近14天每日门诊人次，按时间先后', 'Outpatient visits on each of the last 14 days, oldest first'],
      ['meanWaitMinutes', 'minutes', '最近14天平均候诊时间', 'Mean waiting time over the last 14 days'],
    ],
  },
  clinicForecast: {
    source: src('上海市卫生健康委员会；城市数据大脑模型', 'Shanghai Municipal Health Commission; City Data Brain model'),
    demo: true,
    defs: [
      ['capacity', 'visits/day', '区内全部医疗机构日门诊能力之和', 'Sum of daily capacity of the region’s clinics and hospitals'],
      ['visits', 'visits/day', '区内每日门诊人次', 'Outpatient visits in the region per day'],
      ['load', 'visits/day', '预测每日门诊人次 p10/p50/p90', 'Forecast daily visits, p10/p50/p90'],
    ],
  },
  flowsOd: {
    source: src('上海市交通委员会（手机信令与公交刷卡融合）', 'Shanghai Municipal Transportation Commission (mobile signalling + transit cards)'),
    demo: true,
    defs: [
      ['volume', 'trips/hour', '该小时内出发的跨区出行人次（典型工作日/周末）', 'Inter-district trips starting in the hour (typical weekday/weekend)'],
      ['inflow', 'trips/hour', '进入该区的跨区出行人次', 'Inter-district trips into the region'],
      ['outflow', 'trips/hour', '离开该区的跨区出行人次', 'Inter-district trips out of the region'],
    ],
  },
  flowForecast: {
    source: src('上海市交通委员会；城市数据大脑模型', 'Shanghai Municipal Transportation Commission; City Data Brain model'),
    demo: true,
    defs: [
      ['inflow', 'trips/hour', '未来24小时每小时流入人次 p10/p50/p90；全市口径为跨区出行总量', 'Hourly inflow for the next 24 hours, p10/p50/p90; city-wide = all inter-district trips'],
      ['outflow', 'trips/hour', '未来24小时每小时流出人次 p10/p50/p90', 'Hourly outflow for the next 24 hours, p10/p50/p90'],
    ],
  },
  flowProfile: {
    source: src('上海市交通委员会（手机信令与公交刷卡融合）', 'Shanghai Municipal Transportation Commission (mobile signalling + transit cards)'),
    demo: true,
    defs: [
      ['inflow', 'trips/hour', '典型工作日/周末每小时进入该区的跨区出行人次，即 /flows/od 同一小时的区合计；全市口径为跨区出行总量', 'Inter-district trips into the region per hour on a typical weekday/weekend: the region total of /flows/od for that hour; city-wide = all inter-district trips'],
      ['outflow', 'trips/hour', '典型工作日/周末每小时离开该区的跨区出行人次；全市口径等于流入', 'Inter-district trips out of the region per hour on a typical weekday/weekend; city-wide equals inflow'],
      ['hour', 'hour', '出行开始的小时（当地时间0–23时）', 'Hour the trips start (local time, 0–23)'],
    ],
  },
  alerts: {
    source: src('城市数据大脑（由预测模型派生）', 'City Data Brain (derived from the forecasts)'),
    demo: true,
    defs: [
      ['schools.primary.gap', 'pupils', 'value=需求p50，threshold=学位；3年内需求超过学位时预警', 'value = demand p50, threshold = places; raised when demand exceeds places within 3 years'],
      ['schools.junior.gap', 'pupils', '同上，初中', 'As above, junior middle'],
      ['schools.primary.surplus', 'pupils', 'value=需求p50，threshold=学位；学位富余20%以上', 'value = demand p50, threshold = places; 20 % or more of places empty'],
      ['clinics.utilisation', 'ratio', 'value=预测峰值门诊量/服务能力，threshold=0.9', 'value = forecast peak visits / capacity, threshold = 0.9'],
    ],
  },
}

export function metaFor(name: EndpointName, asOf: string, attribution: string): Meta {
  const spec = SPECS[name]
  const definition: Meta['definition'] = {}
  const units: Meta['units'] = {}
  for (const [metric, unit, zh, en] of spec.defs) {
    definition[metric] = { zh, en }
    units[metric] = unit
  }
  return {
    asOf: spec.asOf ?? asOf,
    source: spec.source,
    definition,
    units,
    demo: spec.demo,
    ...(spec.boundaries ? { attribution } : {}),
  }
}
