export { populationQueries } from './queries'
