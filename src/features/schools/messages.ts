/**
 * UI text of the schools room, under its own namespace, merged into the app's messages by src/i18n.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
const zhCN = {
  schoolsPanel: {},
}

const en: typeof zhCN = {
  schoolsPanel: {},
}

export const schoolsMessages = { 'zh-CN': zhCN, en }
