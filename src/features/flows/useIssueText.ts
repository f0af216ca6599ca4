import { useI18n } from 'petite-vue-i18n'
import type { FlowIssue } from './flowCheck'
import { clock, shortTime } from './flowTime'

/** A flow payload issue in words, in the UI language. */
export function useIssueText(): (issue: FlowIssue) => string {
  const { t } = useI18n()
  const word = (k: 'inflow' | 'outflow' | 'weekday' | 'weekend') => t(`flowsPanel.inText.${k}`)
  return (i) => {
    const key = `flowsPanel.issues.${i.kind}`
    switch (i.kind) {
      case 'noPoints':
        return t(key)
      case 'tooFew':
        return t(key, { count: i.count })
      case 'badTime':
        return t(key, { time: i.time })
      case 'outOfOrder':
        return t(key, { time: shortTime(i.time) })
      case 'missingHours':
        return t(key, { after: shortTime(i.after), hours: i.hours })
      case 'bandInverted':
      case 'negative':
        return t(key, { time: shortTime(i.time), series: word(i.series) })
      case 'profileHours':
        return t(key, { dayType: word(i.dayType) })
      case 'profileValue':
        return t(key, { dayType: word(i.dayType), hour: clock(i.hour) })
    }
  }
}
