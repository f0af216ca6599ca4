export { cityQueries } from './queries'
export { useRegionTexts } from './useRegionTexts'
