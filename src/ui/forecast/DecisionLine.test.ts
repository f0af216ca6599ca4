// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'
import { mountWithApp } from '../testUtils'
import DecisionLine from './DecisionLine.vue'
import type { Decision } from './decision'

enableAutoUnmount(afterEach)

const decision: Decision = {
  id: 'schools:310112:junior',
  subject: 'schools',
  region: '310112',
  severity: 'act',
  text: { zh: '闵行区 初中学位 2028 年起缺口约 4,130 个，最迟 2025 年开工', en: 'Minhang runs short of junior-middle places from 2028' },
}

describe('DecisionLine', () => {
  it('states the sentence in the UI language with its severity word', () => {
    const w = mountWithApp(DecisionLine, { props: { decision, severityLabel: '须行动', tag: '学位' } })
    expect(w.text()).toBe('学位须行动闵行区 初中学位 2028 年起缺口约 4,130 个，最迟 2025 年开工')
    expect(w.attributes('data-severity')).toBe('act')
    expect(w.classes()).not.toContain('decision--clamped')
    expect(w.attributes('title')).toBeUndefined()
  })

  it('clamps to the given number of lines and keeps the whole sentence in the title', () => {
    const w = mountWithApp(DecisionLine, { props: { decision, severityLabel: 'Act', lines: 2 } }, { locale: 'en' })
    expect(w.classes()).toContain('decision--clamped')
    expect(w.attributes('style')).toContain('--decision-lines: 2')
    expect(w.attributes('title')).toBe('Minhang runs short of junior-middle places from 2028')
  })
})
