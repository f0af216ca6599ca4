/**
 * UI text for app-wide robustness (cold start, watchdog, new version), merged by src/i18n.
 * vue-i18n treats { } @ $ | as syntax: keep them out of literal text.
 */
const zhCN = {
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

const en: typeof zhCN = {
  resilience: {
    notAnswering: 'The data service is not answering; retrying',
    notAnsweringFor: '{subject}: the data service is not answering; retrying',
    nextTry: 'Next try in {seconds} s',
    tryingNow: 'Trying again now…',
    mapBase: 'Map boundaries',
    layersFailing: 'These layers are unavailable, retrying: {layers}',
    reloaded: 'The screen stopped rendering and was reloaded at {time}',
  },
}

export const resilienceMessages = { 'zh-CN': zhCN, en }
