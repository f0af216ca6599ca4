/**
 * Chinese UI text of app-wide robustness (cold start, watchdog, new version), merged into the app's messages by src/i18n.
 * Compiled to vue-i18n message ASTs at build time (vite.config.ts), so it stays a plain `export default {…}`.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
export default {
  resilience: {
    notAnswering: '数据服务没有响应，正在重试',
    notAnsweringFor: '{subject}：数据服务没有响应，正在重试',
    nextTry: '{seconds} 秒后再次尝试',
    tryingNow: '正在重新尝试…',
    mapBase: '地图底图数据',
    layersFailing: '以下图层暂不可用，正在重试：{layers}',
    reloaded: '画面停止刷新，已于 {time} 自动重新载入',
  },
}
