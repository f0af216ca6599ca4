import { describe, expect, it } from 'vitest'
import { viewForPath, viewPath } from './router'

describe('router', () => {
  it('shows the wall at /wall and the workspace everywhere else', () => {
    expect(viewForPath('/wall')).toBe('wall')
    expect(viewForPath('/wall/')).toBe('wall')
    expect(viewForPath('/explore')).toBe('explore')
    expect(viewForPath('/')).toBe('explore')
    expect(viewForPath('/nowhere/wall')).toBe('explore')
  })

  it('honours a base path', () => {
    expect(viewForPath('/cdb/wall', '/cdb/')).toBe('wall')
    expect(viewForPath('/wall', '/cdb/')).toBe('explore')
    expect(viewPath('explore', '/cdb/')).toBe('/cdb/explore')
    expect(viewPath('wall')).toBe('/wall')
  })
})
