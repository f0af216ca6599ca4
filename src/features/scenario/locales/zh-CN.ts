/**
 * Chinese UI text of the scenario room, merged into the app's messages by src/i18n.
 * Compiled to vue-i18n message ASTs at build time (vite.config.ts), so it stays a plain `export default {…}`.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
export default {
  scenarioPanel: {
    title: '情景推演',
    intro: '调整假设，预测与决策随即重算；链接会保存整个情景。',
    births: '出生人数（基准年后）',
    migration: '年净迁移率',
    enrolment: '入学率',
    leadYears: '学校建设周期',
    leadYearsValue: '{n} 年',
    doctors: '医生人数',
    doctorsFor: '区',
    schools: '新建或关闭学校',
    schoolRegion: '区',
    schoolLevel: '学段',
    schoolSeats: '学位数（负数为关闭）',
    schoolYear: '启用年份',
    addSchool: '添加',
    removeSchool: '移除 {what}',
    schoolChange: '{region} {level} {seats} 个学位，{year} 年起',
    noSchools: '尚未添加',
    reset: '恢复基线',
    baselineNow: '当前为基线（未做调整）。',
    changed: '已调整 {n} 项假设。',
    rejected: '链接中的部分情景参数无效或超出范围，已按基线处理：{fields}。',
    fields: { sb: '出生', sm: '迁移', se: '入学率', slt: '建设周期', sd: '医生人数', ss: '学校变动' },
    saved: '已保存的情景',
    saveAs: '情景名称',
    save: '保存',
    load: '载入 {name}',
    remove: '删除 {name}',
    noneSaved: '尚无保存的情景',
    projectedIn: '情景重算用时 {ms} 毫秒',
  },
}
