/**
 * UI text of the wall, under its own namespace, merged into the app's messages by src/i18n.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
const zhCN = {
  wallView: {},
}

const en: typeof zhCN = {
  wallView: {},
}

export const wallMessages = { 'zh-CN': zhCN, en }
