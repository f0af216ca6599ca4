import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from './csp'

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe('content security policy', () => {
  it('allows scripts, workers and styles from the app only, with no inline script and no eval', () => {
    const d = directives(contentSecurityPolicy({ apiBaseUrl: '/api/v1' }))
    expect(d.get('script-src')).toEqual(["'self'"])
    expect(d.get('worker-src')).toEqual(["'self'"])
    expect(d.get('style-src')).toEqual(["'self'"])
    expect(d.get('object-src')).toEqual(["'none'"])
    expect(d.get('frame-ancestors')).toEqual(["'none'"])
    expect(d.get('base-uri')).toEqual(["'self'"])
    expect(contentSecurityPolicy()).not.toMatch(/unsafe|blob:|\*/)
  })

  it('lets the page connect to its own origin and the configured API and basemap origins only', () => {
    expect(directives(contentSecurityPolicy({ apiBaseUrl: '/api/v1' })).get('connect-src')).toEqual(["'self'"])
    const d = directives(
      contentSecurityPolicy({ apiBaseUrl: 'https://analytics.example.org/api/v1', basemapStyleUrl: 'https://tiles.example.org/style.json' }),
    )
    expect(d.get('connect-src')).toEqual(["'self'", 'https://analytics.example.org', 'https://tiles.example.org'])
    // Not a URL, or not http(s): nothing is added.
    expect(directives(contentSecurityPolicy({ apiBaseUrl: 'javascript:alert(1)', basemapStyleUrl: 42 })).get('connect-src')).toEqual(["'self'"])
  })
})
