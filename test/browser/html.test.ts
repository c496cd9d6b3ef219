// The html pages in a real browser: Debian's chromium (/usr/bin/chromium, installed by .ci/run) driven by
// playwright-core. Each page must load with no console error and no network request, run nothing an article
// brought, mark exactly the claims of --format json, and render to a screenshot that is not blank.
// Without /usr/bin/chromium the suite is skipped, and says so in its name and on the console.
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
const SKIP_REASON = `skipped: no browser at ${CHROMIUM} (Debian: apt-get install chromium; .ci/run does)`;
if (!hasBrowser) console.warn(`test/browser/html.test.ts: ${SKIP_REASON}`);

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(path.join(tmpdir(), 'claims-browser-'));

const claims = (args: string[]) => runMain(args, { cwd: tmp });

/** Invented articles that try to run code, restyle the page and load things, with control characters, RTL text and emoji. */
const HOSTILE = [
  'The mayor said the plan would fund <script>window.pwned = 1; document.title = "pwned"</script> 300 new teachers.',
  '"We will not stop <img src=x onerror="window.pwned = 2">," said Jane Holloway, the director of the 🤖 lab.',
  'The council approved </style><style>body { display: none }</style> a budget of $2.1 billion on Thursday.',
  'وزير المالية said the budget takes effect in July, according to <a href="https://example.com/x">the city</a>.',
  'Officials said the <link rel=stylesheet href="https://example.com/s.css"> bridge would open in 2026.',
  'The minister said the \x1b[2J\x07 tariff would rise by 5% in 2025.',
].join('\n\n') + '\n';
const EDITED = HOSTILE.replace('on Thursday', 'on Wednesday').replace('in 2026', 'in 2027');
writeFileSync(path.join(tmp, 'hostile <b>.txt'), HOSTILE);
writeFileSync(path.join(tmp, 'edited.txt'), EDITED);
for (const f of ['en/city-budget.md', 'id/anggaran-pendidikan.txt']) copyFileSync(path.join(root, 'fixtures/articles', f), path.join(tmp, path.basename(f)));

interface Loaded { page: Page; errors: string[]; requests: string[]; url: string }

describe.skipIf(!hasBrowser)(`html pages in headless Chromium${hasBrowser ? '' : ` (${SKIP_REASON})`}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    // Playwright starts Chromium headless with a fresh, empty profile (user data dir) of its own.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
        '--disable-sync'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function load(file: string): Promise<Loaded> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [], requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors, requests, url };
  }

  /** The claims marked in the article texts: the ids on each mark and the marked text without its tags. */
  function marked(page: Page, scope = '') {
    return page.$$eval(`${scope} .text mark[data-claims]`, (marks) => marks.map((m) => ({
      ids: (m.getAttribute('data-claims') ?? '').split(' '),
      text: Array.from(m.childNodes).filter((n) => !(n instanceof Element && n.classList.contains('tag'))).map((n) => n.textContent).join(''),
    })));
  }

  /** Share of the screenshot's pixels that are not the background, read back through a canvas. */
  async function inkShare(page: Page): Promise<number> {
    const png = await page.screenshot({ type: 'png' });
    const blank = await browser.newPage();
    try {
      return await blank.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width; c.height = img.height;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235) ink++;
        return ink / (d.length / 4);
      }, png.toString('base64'));
    } finally {
      await blank.close();
    }
  }

  async function noHarm({ page, errors, requests, url }: Loaded) {
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    expect(await page.$$('main script, main img, main link, main a[href^="http"]')).toHaveLength(0);
  }

  it('extract --format html: loads clean, runs nothing, marks exactly the claims of --format json, shows their fields', async () => {
    const files = ['hostile <b>.txt', 'city-budget.md', 'anggaran-pendidikan.txt'];
    const out = path.join(tmp, 'extract.html');
    expect((await claims(['extract', ...files, '--format', 'html', '-o', out, '--published', '2024-12-02'])).status).toBe(0);
    const docs = JSON.parse((await claims(['extract', ...files, '--format', 'json', '--published', '2024-12-02'])).stdout);
    const loaded = await load(out);
    const { page } = loaded;
    await noHarm(loaded);
    expect(await page.title()).toBe('Claims');

    const expected = docs.flatMap((d: { claims: { id: string; text: string }[] }) => d.claims.map((c) => ({ id: c.id, text: c.text })));
    expect(expected.length).toBeGreaterThan(8);
    const shown = (await marked(page)).flatMap((m) => m.ids.map((id) => ({ id, text: m.text })));
    expect(shown).toEqual(expected);
    // The hostile markup shows as text.
    const body = await page.textContent('main');
    for (const s of ['<script>window.pwned = 1;', '<img src=x onerror=', '</style><style>', 'وزير المالية', '🤖', 'hostile <b>.txt']) {
      expect(body).toContain(s);
    }

    // Each claim's fields are visible in its row.
    const FIELDS = ['actor', 'action', 'date', 'source'];
    const rows = await page.$$eval('table.claims tbody tr', (trs, fs) => trs.map((tr) => fs.map((f) => tr.querySelector(`td.${f}`)!.textContent)), FIELDS);
    const fields = docs.flatMap((d: { claims: Record<string, string | null>[] }) => d.claims.map((c) => FIELDS.map((f) => c[f] ?? 'none')));
    expect(rows).toEqual(fields);
    expect(await page.isVisible('table.claims')).toBe(true);
    expect(await page.$$eval('.legend dt', (dts) => dts.map((d) => d.textContent))).toEqual(['● statement', '◆ reported', '❝ quote']);
    expect(await inkShare(page)).toBeGreaterThan(0.02);
    await page.screenshot({ path: path.join(tmp, 'extract.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('diff --format html: the two articles side by side, paired claims linked both ways, changed fields marked', async () => {
    const out = path.join(tmp, 'diff.html');
    const r = await claims(['diff', 'hostile <b>.txt', 'edited.txt', '--format', 'html', '-o', out, '--published', '2024-12-02']);
    expect(r.status).toBe(1);
    const diff = JSON.parse((await claims(['diff', 'hostile <b>.txt', 'edited.txt', '--format', 'json', '--published', '2024-12-02'])).stdout);
    expect(diff.matched.some((m: { changes: string[] }) => m.changes.length)).toBe(true);
    const loaded = await load(out);
    const { page } = loaded;
    await noHarm(loaded);

    const [a, b] = await page.$$eval('.side-by-side > section', (s) => s.map((e) => e.getBoundingClientRect().toJSON()));
    expect(a.right).toBeLessThanOrEqual(b.left);
    expect(Math.abs(a.top - b.top)).toBeLessThan(2);

    expect((await marked(page, '.side-by-side > section:first-child')).flatMap((m) => m.ids).sort())
      .toEqual([...diff.matched.map((m: { a: { id: string } }) => m.a.id), ...diff.onlyA.map((c: { id: string }) => c.id)].sort());
    expect((await marked(page, '.side-by-side > section:last-child')).flatMap((m) => m.ids).sort())
      .toEqual([...diff.matched.map((m: { b: { id: string } }) => m.b.id), ...diff.onlyB.map((c: { id: string }) => c.id)].sort());

    for (let i = 1; i <= diff.matched.length; i++) {
      expect(await page.getAttribute(`#r0-a-m${i}`, 'href')).toBe(`#r0-b-m${i}`);
      expect(await page.getAttribute(`#r0-b-m${i}`, 'href')).toBe(`#r0-a-m${i}`);
      await page.click(`#r0-a-m${i}`);
      expect(new URL(page.url()).hash).toBe(`#r0-b-m${i}`);
      const changes: string[] = diff.matched[i - 1].changes;
      const differs = await page.$$eval(`#r0-row-m${i} td.differs, #r0-row-m${i} + tr td.differs`, (tds) => tds.map((t) => t.className.split(' ')[0]));
      expect(differs.sort()).toEqual([...changes, ...changes].sort());
    }
    const mark = await page.$eval('td.differs', (td) => getComputedStyle(td, '::before').content);
    expect(mark).toBe('"≠ "');
    expect(await inkShare(page)).toBeGreaterThan(0.02);
    await page.screenshot({ path: path.join(tmp, 'diff.png'), fullPage: true });
    await page.close();
  }, 120_000);
});
