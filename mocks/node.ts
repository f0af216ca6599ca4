/** The mock API inside Node (unit tests, scripts): msw/node intercepts fetch in this process. */
import { setupServer } from 'msw/node'
import { handlers } from './handlers'

export const server = setupServer(...handlers)
