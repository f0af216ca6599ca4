import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'
import './startupError.css'

export type StartupFailure = 'config' | 'mock'

/**
 * A full-page message for failures before the app can mount (no config, mock API won't start).
 * Built with plain DOM and textContent: no Vue, no i18n yet, and no error text treated as markup.
 * Shown in both languages because the language choice may not be readable yet.
 */
/** A wall has nobody to press Reload: try again by itself (a config deploy may just be in flight). */
const AUTO_RETRY_SECONDS = 60

export function renderStartupError(kind: StartupFailure, error: unknown, root: HTMLElement | null = null): void {
  const host = root ?? document.getElementById('app') ?? document.body
  const detail = error instanceof Error ? error.message : String(error)

  const page = el('main', 'startup-error')
  page.setAttribute('data-theme', 'dark')
  page.setAttribute('role', 'alert')
  for (const [lang, m] of [['zh-CN', zhCN.startup], ['en', en.startup]] as const) {
    const block = el('section', 'startup-error__block')
    block.lang = lang
    block.append(
      el('h1', 'startup-error__title', kind === 'config' ? m.configTitle : m.mockTitle),
      el('p', 'startup-error__hint', kind === 'config' ? m.configHint : m.mockHint),
      el('p', 'startup-error__hint', m.autoRetry.replace('{seconds}', String(AUTO_RETRY_SECONDS))),
      el('p', 'startup-error__detail', `${m.detail}${detail}`),
    )
    page.append(block)
  }
  const retry = el('button', 'startup-error__retry', `${zhCN.startup.retry} · ${en.startup.retry}`)
  retry.type = 'button'
  retry.addEventListener('click', () => window.location.reload())
  page.append(retry)
  host.replaceChildren(page)
  window.setTimeout(() => window.location.reload(), AUTO_RETRY_SECONDS * 1000)
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined) node.textContent = text
  return node
}
