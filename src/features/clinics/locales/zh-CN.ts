/**
 * Chinese UI text of the clinics room, merged into the app's messages by src/i18n.
 * Compiled to vue-i18n message ASTs at build time (vite.config.ts), so it stays a plain `export default {…}`.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
export default {
  clinicsPanel: {
    title: '门诊负荷与容量 · {name}',
    city: '全市',
    chartLabel: '{name}：过去 {history} 天每日门诊量与未来 {days} 天预测，对比日接诊能力',
    definition:
      '门诊负荷 = 区内全部医疗机构每日门诊人次；容量 = 核定日接诊能力之和。预测中位数（p50）超过容量 {threshold} 的日子标为红点。' +
      '阴影为 80% 区间（p10–p90）。全市为各区之和，区间按各区同向波动相加，略偏宽。' +
      '情景假设：日接诊能力与在岗医生数成正比，门诊需求不变。',
    observed: '实际门诊',
    forecast: '预测中位数',
    p10: '预测 P10',
    p90: '预测 P90',
    capacity: '接诊能力',
    threshold: '能力 {pct}',
    scenarioCapacity: '情景能力',
    scenarioThreshold: '情景阈值',
    flagged: '超阈值日',
    forecastStart: '预测 →',
    date: '日期',
    yes: '是',
    severity: { act: '需行动', watch: '需关注', surplus: '富余', ok: '正常' },
    baseline: '基线',
    scenario: '情景',
    scenarioDoctors: '情景（医生 {pct}）',
    compareDays: '超阈值天数：基线 {base} 天 → 情景 {scen} 天（{diff}）',
    compareCity: '有超阈值日的区：{baseRegions} → {scenRegions}；区·日合计 {base} → {scen}（{diff}）',
    noChange: '不变',
    faulty: '预测数据有误，未绘制图表：',
    horizonOne: '提前 1 天',
    horizonRange: '提前 {from}–{to} 天',
    horizonOver: '提前 {from} 天及以上',
    districts: {
      title: '各区现状',
      caption: '各区门诊负荷率、每名医生服务居民数与日间/常住人口比',
      district: '区',
      utilisation: '负荷率',
      perDoctor: '居民/医生',
      daytime: '日间/常住',
      note: '负荷率 = 近 7 日日均门诊 ÷ 日接诊能力；居民/医生 = 常住人口 ÷ 区内医疗机构医生数；日间/常住 = 工作日白天人口 ÷ 常住人口，大于 1 表示白天有通勤者涌入。',
      unavailable: '门诊机构或人口数据暂不可用，各区现状未显示。',
      loading: '各区现状加载中…',
    },
  },
}
