// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { formatQuery, parseQuery, replaceUrlKeys, useUrlQuery, withKeys } from './urlQuery'

describe('urlQuery', () => {
  it('parses repeated keys into arrays and decodes values', () => {
    expect(parseQuery('?l=a,b&s=region%3A310112&x=1&x=2&e=')).toEqual({ l: 'a,b', s: 'region:310112', x: ['1', '2'], e: '' })
    expect(parseQuery('')).toEqual({})
  })

  it('formats back with commas and colons readable and everything else encoded', () => {
    expect(formatQuery({ l: 'a,b', s: 'region:310112', q: 'a&b=c #', x: ['1', '2'] })).toBe('?l=a,b&s=region:310112&q=a%26b%3Dc%20%23&x=1&x=2')
    expect(formatQuery({})).toBe('')
    const q = { name: '浦东 新区', s: 'school:S-1' }
    expect(parseQuery(formatQuery(q))).toEqual(q)
  })

  it('rewrites only the owned keys and keeps the others', () => {
    expect(withKeys({ lang: 'en', z: '9', c: '1,2', sb: '-2' }, ['z', 'c', 'y'], { z: '10', y: undefined })).toEqual({ lang: 'en', sb: '-2', z: '10' })
  })

  it('replaces the address in place, and follows back and forward', () => {
    history.replaceState(null, '', '/explore?lang=en&z=9')
    const query = useUrlQuery()
    const entries = history.length
    replaceUrlKeys(['z'], { z: '11' })
    expect(location.pathname + location.search).toBe('/explore?lang=en&z=11')
    expect(query.value).toEqual({ lang: 'en', z: '11' })
    expect(history.length).toBe(entries)

    history.replaceState(null, '', '/explore?z=3')
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(query.value).toEqual({ z: '3' })
  })
})
