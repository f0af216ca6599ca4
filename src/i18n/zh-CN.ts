/**
 * Chinese (default) UI text. `en.ts` must have the same shape (checked by the type of `messages`).
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
const zhCN = {
  app: {
    title: '城市数据大脑',
    skipToContent: '跳到主要内容',
    wall: '大屏',
    explore: '规划工作台',
  },
  header: {
    localTime: '{city}当地时间',
    language: '语言',
    theme: '主题',
    themeLight: '浅色',
    themeDark: '深色',
    openWall: '打开大屏',
  },
  demo: {
    badge: '演示数据 · demo data',
    explain: '当前显示的部分数据为模型生成的演示数据，并非官方统计。',
    marker: '演示',
  },
  panel: {
    definition: '口径说明',
    source: '来源：{source}',
    dataTime: '数据时间 {time}',
    updated: '更新于 {age}',
    notYet: '尚未更新',
    loading: '正在加载…',
    empty: '暂无数据',
    staleWarn: '数据滞后',
    staleAlarm: '数据严重滞后',
    showingOld: '正在显示{age}获取的数据',
  },
  time: {
    justNow: '刚刚',
  },
  error: {
    title: '数据暂不可用',
    http: '数据服务返回错误（HTTP {status}）。',
    httpUnknown: '数据服务返回错误。',
    network: '无法连接数据服务，请检查网络。',
    timeout: '数据服务响应超时。',
    malformed: '数据服务返回的内容无法解析。',
    schema: '数据不符合接口约定：字段 {field} 无效。',
    config: '数据服务配置有误。',
    unknown: '发生意外错误。',
    endpoint: '接口 {endpoint}',
    retrying: '系统将自动重试。',
  },
  kpi: {
    population: {
      title: '常住人口',
      sub: '{year} 年 · {count} 个区',
      definition: '各区常住人口之和（居住半年以上的人口），按所选区域汇总。',
    },
    children: {
      title: '学龄儿童（6–14 岁）',
      sub: '小学段 {primary} · 初中段 {junior}',
      definition: '6–10 岁（小学 1–5 年级）与 11–14 岁（初中 6–9 年级）常住儿童之和，上海“五四制”。',
    },
    clinics: {
      title: '门诊容量利用率',
      sub: '近7日日均 {visits} / 日容量 {capacity} 人次 · 峰值日 {peak}%',
      definition: '各医疗机构近 7 日日均门诊人次之和 ÷ 日门诊容量之和；峰值日为其中最忙的一天。超过 100% 表示超负荷。',
    },
    alerts: {
      title: '预警',
      sub: '严重 {critical} · 警告 {warning} · 提示 {info}',
      unit: '条',
      definition: '数据服务根据阈值生成的预警条数（学位缺口、门诊接近满负荷等），按严重程度统计。',
    },
  },
  overview: {
    byDistrict: '各区常住人口',
    alertList: '预警列表',
    noAlerts: '当前无预警',
    severity: { critical: '严重', warning: '警告', info: '提示' },
    moreAlerts: '另有 {count} 条',
  },
  wall: {
    scenes: {
      schools: '{year} 年初中学位缺口（各区）',
      clinics: '社区医疗门诊负荷',
      commute: '工作日早高峰 {hour}:00 跨区通勤',
      hourly: '当前 {hour}:00 人口分布',
      elderly: '65 岁及以上常住人口分布',
      density3d: '常住人口密度（三维）',
    },
  },
  explore: {
    controls: '筛选',
    region: '区域',
    allRegions: '全市',
    panels: '指标面板',
  },
  startup: {
    configTitle: '无法读取运行配置',
    configHint: '请检查部署目录中的 config.json 是否存在且格式正确，然后刷新页面。',
    mockTitle: '无法启动演示数据服务',
    mockHint: '演示数据服务（浏览器内模拟接口）未能启动。请刷新页面；如仍失败，请检查浏览器是否允许 Service Worker。',
    detail: '详细信息：',
    retry: '重新加载',
    autoRetry: '页面将在 {seconds} 秒后自动重试。',
  },
  forecast: {
    chartView: '图表',
    tableView: '表格',
    viewAs: '显示方式',
    exportCsv: '导出 CSV',
    exportPng: '导出 PNG',
    tableCaption: '{label}（数据表）',
    method: '方法：{name}',
    methodMore: '方法说明',
    accuracy: '历史预测准确度',
    horizon: '提前期',
    error: '平均误差',
    inBand: '落入 80% 区间',
    points: '样本数',
    yearsAhead: '提前 {n} 年',
    yearsAheadPlus: '提前 3 年及以上',
    verdict: {
      ok: '80% 区间宽度合理（实际值 {share} 落在区间内）。',
      tooNarrow: '80% 区间偏窄：仅 {share} 的实际值落在区间内，实际不确定性更大。',
      tooWide: '80% 区间偏宽：{share} 的实际值落在区间内，预测比区间显示的更可靠。',
      unknown: '回测未提供区间，无法检验区间宽度。',
    },
    demoOptimistic: '演示数据：回测所用“历史”由同一模型生成，准确度偏乐观，不代表真实预测能力。',
    noBacktest: '此预测暂无回测数据，准确度未知。',
  },
  units: {
    persons: '人',
    places: '个学位',
    visits: '人次',
    'visits/day': '人次/日',
    percent: '%',
  },
}

export default zhCN
export type Messages = typeof zhCN
