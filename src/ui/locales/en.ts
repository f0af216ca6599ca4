import type zhCN from './zh-CN'

/** English UI text of app-wide robustness (cold start, watchdog, new version): the same keys as ./zh-CN.ts. */
export default {
  resilience: {
    notAnswering: 'The data service is not answering; retrying',
    notAnsweringFor: '{subject}: the data service is not answering; retrying',
    nextTry: 'Next try in {seconds} s',
    tryingNow: 'Trying again now…',
    mapBase: 'Map boundaries',
    layersFailing: 'These layers are unavailable, retrying: {layers}',
    reloaded: 'The screen stopped rendering and was reloaded at {time}',
  },
} satisfies typeof zhCN
