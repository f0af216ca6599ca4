import { describe, expect, it } from 'vitest'
import { QueryClient, QueryObserver } from '@tanstack/vue-query'
import { isDemoPayload } from './demo'
import { cacheShowsDemo } from './useDemoData'

describe('isDemoPayload', () => {
  it('reads meta.demo strictly', () => {
    expect(isDemoPayload({ meta: { demo: true } })).toBe(true)
    expect(isDemoPayload({ meta: { demo: 'true' } })).toBe(false)
    expect(isDemoPayload({ meta: null })).toBe(false)
    expect(isDemoPayload(undefined)).toBe(false)
  })
})

describe('cacheShowsDemo', () => {
  it('counts demo data only while something on screen observes it', () => {
    const client = new QueryClient()
    const cache = client.getQueryCache()
    client.setQueryData(['a'], { meta: { demo: true }, data: {} })
    client.setQueryData(['b'], { meta: { demo: false }, data: {} })
    expect(cacheShowsDemo(cache)).toBe(false)

    const observer = new QueryObserver(client, { queryKey: ['a'], staleTime: Infinity })
    const unsubscribe = observer.subscribe(() => {})
    expect(cacheShowsDemo(cache)).toBe(true)
    unsubscribe()
    expect(cacheShowsDemo(cache)).toBe(false)
  })
})
