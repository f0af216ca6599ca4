/** How the e2e suite and the bench launch Debian's Chromium (never a downloaded browser). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Each new window (every test's, every bench load's context) otherwise builds the invisible
  // address-bar popup, a WebUI page of ~700 requests: 3–4 s of CPU beside the page under test,
  // on a 2-core CI machine the largest single source of noise in the bench.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]
