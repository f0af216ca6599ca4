export { alertQueries } from './queries'
