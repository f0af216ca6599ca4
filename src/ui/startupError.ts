import './startupError.css'

/**
 * This page's text, in both languages, as plain strings: it is drawn before vue-i18n exists.
 */
const TEXT = {
  'zh-CN': {
    configTitle: '无法读取运行配置',
    configHint: '请检查部署目录中的 config.json 是否存在且格式正确，然后刷新页面。',
    mockTitle: '无法启动演示数据服务',
    mockHint: '演示数据服务（浏览器内模拟接口）未能启动。请刷新页面；如仍失败，请检查浏览器是否允许 Service Worker。',
    codeTitle: '无法加载页面程序',
    codeHint: '网络中断，或刚发布了新版本。网络恢复后刷新即可。',
    detail: '详细信息：',
    retry: '重新加载',
    autoRetry: '页面将在 {seconds} 秒后自动重试。',
  },
  en: {
    configTitle: 'Cannot read the runtime configuration',
    configHint: 'Check that config.json exists in the deployment and is valid, then reload the page.',
    mockTitle: 'Cannot start the demo data service',
    mockHint: 'The demo data service (the in-browser mock API) did not start. Reload the page; if it still fails, check that the browser allows service workers.',
    codeTitle: "Cannot load the page's code",
    codeHint: 'The network is down, or a new version was just deployed. Reload once the network is back.',
    detail: 'Details: ',
    retry: 'Reload',
    autoRetry: 'The page retries by itself in {seconds} s.',
  },
}

export type StartupFailure = 'config' | 'mock' | 'code'

/**
 * A full-page message for failures before the app can mount (no config, mock API won't start, the
 * view's code can't be fetched).
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
  for (const [lang, m] of [['zh-CN', TEXT['zh-CN']], ['en', TEXT.en]] as const) {
    const block = el('section', 'startup-error__block')
    block.lang = lang
    block.append(
      el('h1', 'startup-error__title', m[`${kind}Title`]),
      el('p', 'startup-error__hint', m[`${kind}Hint`]),
      el('p', 'startup-error__hint', m.autoRetry.replace('{seconds}', String(AUTO_RETRY_SECONDS))),
      el('p', 'startup-error__detail', `${m.detail}${detail}`),
    )
    page.append(block)
  }
  const retry = el('button', 'startup-error__retry', `${TEXT['zh-CN'].retry} · ${TEXT.en.retry}`)
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
