/**
 * Every room's Chinese UI text, merged: the default language, so it ships in the first render. The
 * wall's own text is the exception: it ships with the wall, which merges it (`wallMessagesZhCN`).
 * The shape, wall included, is the type of the app's messages; each room's `locales/en.ts` must match
 * its `zh-CN.ts`.
 */
import shell from './locales/zh-CN'
import map from '@/features/map/locales/zh-CN'
import schools from '@/features/schools/locales/zh-CN'
import clinics from '@/features/clinics/locales/zh-CN'
import flows from '@/features/flows/locales/zh-CN'
import scenario from '@/features/scenario/locales/zh-CN'
import type wall from '@/views/wall/locales/zh-CN'
import resilience from '@/ui/locales/zh-CN'

const zhCN = { ...shell, ...map, ...schools, ...clinics, ...flows, ...scenario, ...resilience }

export default zhCN
export type AppMessages = typeof zhCN & typeof wall
