export { clinicQueries } from './queries'
