/**
 * Chinese UI text of the wall, merged into the app's messages by src/i18n.
 * Compiled to vue-i18n message ASTs at build time (vite.config.ts), so it stays a plain `export default {…}`.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
export default {
  wallView: {
    scenes: {
      overview: '全市概览',
      schools: '初中学位 · {year} 年各区缺口',
      clinics: '社区医疗 · 门诊负荷与容量',
      flows: '跨区人口流动 · {day} {hour}',
    },
    subject: { schools: '学位', clinics: '门诊', flows: '人口流动' },
    severity: { act: '需行动', watch: '需关注', surplus: '富余', ok: '正常' },
    headlineLabel: '本场景决策',
    noDecision: '正在等待数据，暂无可判断的结论',
    panels: {
      decisions: '各领域决策',
      placesChart: '{region} 初中学位：需求与学位数',
      placesRanking: '各区初中学位缺口 · {year} 年 · 最急在前',
      clinicChart: '{region} 门诊负荷与容量',
      clinicDays: '门诊超负荷日数 · 未来 {days} 天',
      flowChart: '全市未来 24 小时跨区出行',
      flowPeaksTomorrow: '明日出行高峰',
      flowPeaksNext: '未来 24 小时出行高峰',
      flowGainers: '白天人口增加最多的区',
    },
    city: '全市',
    today: '今日',
    tomorrow: '明日',
    gap: '缺口',
    surplus: '富余',
    places: '{n} 个',
    days: '{n} 天',
    firstDay: '首日 {date}',
    peakShare: '峰值 {pct}',
    tripsPerHour: '约 {n} 人次/时',
    gain: '+{n} 人',
    ratio: '{r} 倍',
    noFlagged: '各区均未超过容量 {pct}',
    moreRows: '另有 {n} 个区',
    qr: '扫码在工作台打开此视图',
    qrAlt: '二维码：在工作台打开此场景',
    ticker: '预警',
    tickerLabel: '预警滚动条（按严重程度排序）',
    noAlerts: '当前无预警',
    paused: '已暂停',
    sceneOf: '第 {n} / {count} 屏',
    progressLabel: '本屏显示进度',
  },
}
