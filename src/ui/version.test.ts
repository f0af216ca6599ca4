import { describe, expect, it } from 'vitest'
import { isNewBuild, parseVersion } from './version'

describe('version check', () => {
  it('reads the build id from a version file and nothing else', () => {
    expect(parseVersion({ build: 'abc' })).toBe('abc')
    expect(parseVersion({ build: '' })).toBeNull()
    expect(parseVersion({ build: 3 })).toBeNull()
    expect(parseVersion('<html>')).toBeNull()
    expect(parseVersion(null)).toBeNull()
  })

  it('asks for a reload only when another build is served', () => {
    expect(isNewBuild('a', 'b')).toBe(true)
    expect(isNewBuild('a', 'a')).toBe(false)
    expect(isNewBuild('a', null)).toBe(false)
  })
})
