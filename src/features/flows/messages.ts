/**
 * UI text of the flows room, under its own namespace, merged into the app's messages by src/i18n.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
const zhCN = {
  flowsPanel: {},
}

const en: typeof zhCN = {
  flowsPanel: {},
}

export const flowsMessages = { 'zh-CN': zhCN, en }
