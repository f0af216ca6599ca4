export { populationQueries } from './queries'
export { densityRows, dayNightRows } from './populationMapData'
