/**
 * Chinese UI text of the map (the `cityMap` namespace; layer titles and legend texts live with the layer declarations), merged into the app's messages by src/i18n.
 * Compiled to vue-i18n message ASTs at build time (vite.config.ts), so it stays a plain `export default {…}`.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
export default {
  cityMap: {
    label: '城市地图',
    loadingMap: '正在加载地图…',
    mapError: '地图无法显示：{detail}',
    mapErrorHint: '需要支持 WebGL2 的浏览器与显卡。其余面板不受影响。',
    fitCity: '全市视图',
    layers: '图层',
    groups: {
      choropleth: '分区指标',
      surface: '人口分布（H3 网格）',
      extrusion: '三维',
      flows: '流动',
      facilities: '设施',
    },
    status: {
      loading: '加载中…',
      waiting: '等待区界数据…',
      updating: '更新中…',
      retry: '重试',
      baseError: '区界数据加载失败，地图仅显示底色。',
    },
    invalid: '已跳过 {n} 个无效要素',
    note: {
      otherFlows: '其余 {n} 条流向合计 {trips} 人次（未绘制）',
      withinFlows: '区内出行 {trips} 人次（未绘制）',
      unmatchedRegions: '{n} 条数据的区域代码与区界不匹配',
      h3Resolutions: 'H3 网格级别随缩放变化：{ranges}',
    },
    legend: {
      title: '图例',
      unit: '单位',
      definition: '口径',
      apiDefinition: '接口口径说明',
      source: '来源',
      asOf: '数据时间',
      demo: '演示数据',
      noData: '无数据',
      below: '低于 {v}',
      atLeast: '不低于 {v}',
    },
    time: {
      hour: '时段',
      hourValue: '{h}:00',
      play: '播放 24 小时',
      pause: '暂停',
      year: '预测年份',
      level: '学段',
      dayType: '日期类型',
    },
    levels: { primary: '小学', junior: '初中' },
    dayTypes: { weekday: '工作日', weekend: '周末' },
  },
}
