/**
 * The validation worker: parses and checks large response bodies against the contract off the main
 * thread (a street-level OD matrix or school forecast is megabytes; valibot compiles no code, so it runs under the CSP).
 * It runs the same `checkBytes` the client runs inline for small bodies and in tests; the bytes are
 * transferred, not copied.
 */
import { expose } from 'comlink'
import { checkBytes } from './checkBody'

const api = { checkBytes }
export type ValidationWorkerApi = typeof api

expose(api)
