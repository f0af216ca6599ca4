/**
 * UI text of the scenario room, under its own namespace, merged into the app's messages by src/i18n.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
const zhCN = {
  scenarioPanel: {},
}

const en: typeof zhCN = {
  scenarioPanel: {},
}

export const scenarioMessages = { 'zh-CN': zhCN, en }
