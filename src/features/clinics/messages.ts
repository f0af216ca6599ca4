/**
 * UI text of the clinics room, under its own namespace, merged into the app's messages by src/i18n.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
const zhCN = {
  clinicsPanel: {},
}

const en: typeof zhCN = {
  clinicsPanel: {},
}

export const clinicsMessages = { 'zh-CN': zhCN, en }
