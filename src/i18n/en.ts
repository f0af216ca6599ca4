/**
 * Every room's English UI text, merged. Only src/i18n imports it, and only dynamically: it is a chunk
 * of its own, fetched when someone first picks English (or starts in it).
 */
import shell from './locales/en'
import map from '@/features/map/locales/en'
import schools from '@/features/schools/locales/en'
import clinics from '@/features/clinics/locales/en'
import flows from '@/features/flows/locales/en'
import scenario from '@/features/scenario/locales/en'
import wall from '@/views/wall/locales/en'
import resilience from '@/ui/locales/en'
import type { AppMessages } from './zh-CN'

const en: AppMessages = { ...shell, ...map, ...schools, ...clinics, ...flows, ...scenario, ...wall, ...resilience }

export default en
