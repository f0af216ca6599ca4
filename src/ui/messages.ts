/**
 * UI text for app-wide robustness (cold start, watchdog, new version), merged by src/i18n.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
const zhCN = {
  resilience: {},
}

const en: typeof zhCN = {
  resilience: {},
}

export const resilienceMessages = { 'zh-CN': zhCN, en }
