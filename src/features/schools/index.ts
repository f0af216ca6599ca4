export { schoolQueries } from './queries'
