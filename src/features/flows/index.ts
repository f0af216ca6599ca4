export { flowQueries } from './queries'
