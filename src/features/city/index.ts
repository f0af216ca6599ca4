export { cityQueries } from './queries'
