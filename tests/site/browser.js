// browser.js - loads every page of a built prr site in headless Chromium
// (Debian's /usr/bin/chromium, driven by playwright-core) from file:// and
// fails on:
//   - a console error, an uncaught exception, a failed file load;
//   - any request that is not file:// (or data:): a site makes none;
//   - a JavaScript dialog, or window.__prr_pwned set (what the hostile
//     review's payloads would do if any ran), with the page's CSP on, and
//     again with CSP bypassed (--hostile), so escaping is tested by itself;
//   - an axe-core violation of the WCAG 2.2 A/AA rules (tags wcag2a,
//     wcag2aa, wcag21a, wcag21aa, wcag22aa);
//   - a keyboard focus that is not visible: Tab to the first focusable
//     element, which must show an outline or a box-shadow.
//   - a scorecard (table.heatmap) of at most 10 categories that does not
//     fit its box at 1280 px: it must show whole, a horizontal scroll is
//     only the fallback for wider matrices;
//   - a page wider than the window at 1280 px or 375 px (a phone), or a
//     table wider than its box that does not scroll in it;
//   - a date (.date) cut across two lines at 1280 or 375 px;
//   - a word of a table header ("Observability", "Readiness": up to 13
//     letters or digits) cut inside it at 375 px or in print ("Observ" /
//     "ability"); a longer token (a path) may break where it must, and at
//     1280 px a scorecard fits its box first;
//   - a caption of a table in a scroll box wider than the box at 1280 or
//     375 px: its end is cut off, out of sight;
//   - at 375 px, a box that scrolls sideways there that the keyboard
//     cannot reach (axe's scrollable-region-focusable, run again at that
//     width: at 1280 px most boxes do not scroll);
//   - in print (print media, A4's 718 px between the margins), a page or a
//     table wider than the paper: print cuts it; a sort arrow or a sort
//     button's box left in a header (Chromium prints a header that is a
//     button blank where it repeats on the next page); a figure of a
//     td.num ("100%", "4/4") broken inside it (it may wrap at a space:
//     "81.3% (stated partial)").
//
// usage: node browser.js SITE [--hostile] [--screenshots DIR]
// env:   PRR_NODE_MODULES  the node_modules folder (npm ci from
//        tests/site/package-lock.json); PRR_CHROMIUM (default /usr/bin/chromium)
// exit:  0 clean, 1 problems (one line each on stderr), 2 usage/setup
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const modules = process.env.PRR_NODE_MODULES;
if (!modules) {
	console.error('browser.js: set PRR_NODE_MODULES to the node_modules folder');
	process.exit(2);
}
const req = createRequire(path.join(path.resolve(modules), 'x.js'));
const { chromium } = req('playwright-core');
const axeSource = fs.readFileSync(req.resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = { index: 'index.html', review: null, waves: 'waves.html', timeline: 'timeline.html' };

const args = process.argv.slice(2);
let site = null, hostile = false, shots = null;
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--hostile') hostile = true;
	else if (args[i] === '--screenshots') shots = args[++i];
	else if (!site) site = args[i];
	else { console.error(`browser.js: unexpected argument '${args[i]}'`); process.exit(2); }
}
if (!site || !fs.existsSync(path.join(site, 'index.html'))) {
	console.error('usage: node browser.js SITE [--hostile] [--screenshots DIR] (SITE/index.html must exist)');
	process.exit(2);
}
site = path.resolve(site);

function pages(dir, rel = '') {
	let out = [];
	for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
		if (e.name.startsWith('.')) continue;
		const r = rel ? `${rel}/${e.name}` : e.name;
		if (e.isDirectory()) out = out.concat(pages(dir, r));
		else if (/\.html?$/i.test(e.name)) out.push(r);
	}
	return out;
}

const problems = [];
const problem = (page, msg) => problems.push(`${page}: ${msg}`);

async function visit(browser, rel, opts) {
	const ctx = await browser.newContext({ bypassCSP: !!opts.bypassCSP, viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	const tag = opts.bypassCSP ? ' (CSP bypassed)' : '';
	page.on('console', m => { if (m.type() === 'error') problem(rel, `console error${tag}: ${m.text()}`); });
	page.on('pageerror', e => problem(rel, `uncaught exception${tag}: ${e.message}`));
	page.on('dialog', async d => { problem(rel, `a script opened a ${d.type()} dialog${tag}: "${d.message()}"`); await d.dismiss(); });
	page.on('requestfailed', r => {
		if (r.url().startsWith('file:')) problem(rel, `cannot load ${r.url().replace('file://' + site + '/', '')}: ${r.failure() && r.failure().errorText}`);
	});
	await ctx.route('**/*', route => {
		const u = route.request().url();
		if (u.startsWith('file:') || u.startsWith('data:')) return route.continue();
		problem(rel, `external request${tag}: ${route.request().method()} ${u}`);
		return route.abort();
	});
	await page.goto('file://' + path.join(site, rel), { waitUntil: 'load' });
	await page.waitForTimeout(50); // let deferred scripts and onerror handlers run
	if (await page.evaluate(() => window.__prr_pwned !== undefined))
		problem(rel, `a script from review text ran (window.__prr_pwned is set)${tag}`);
	if (opts.shot) {
		fs.mkdirSync(shots, { recursive: true });
		await page.screenshot({ path: path.join(shots, opts.shot + '.png'), fullPage: true });
	}
	if (opts.axe) {
		await page.evaluate(axeSource);
		const r = await page.evaluate(tags => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: false }), WCAG_TAGS);
		for (const v of r.violations)
			for (const n of v.nodes)
				problem(rel, `axe ${v.id} (${v.impact}; ${v.tags.filter(t => WCAG_TAGS.includes(t) || /^wcag\d/.test(t)).join(' ')}): ${v.help}: ${n.target.join(' ')}`);
		const clipped = await page.evaluate(() => Array.from(document.querySelectorAll('table.heatmap')).map(t => {
			const box = t.closest('.table-scroll') || t.parentElement;
			const cols = t.tHead ? t.tHead.rows[0].cells.length : 0;
			return { cols, table: t.scrollWidth, box: box.clientWidth };
		}).filter(x => x.cols <= 12 && x.table > x.box + 1));
		for (const c of clipped)
			problem(rel, `the scorecard (${c.cols} columns) is ${c.table} px wide in a ${c.box} px box at 1280 px: it is cut (scrolls)`);
		// no page is wider than the window, on a desktop or a phone: long
		// names and paths wrap, wide tables and code scroll in their box
		const widths = () => ({
			page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
			// a table wider than its box, the box not scrolling
			unscrolled: Array.from(document.querySelectorAll('table')).filter(t => {
				const box = t.closest('.table-scroll') || t; // a narrative table is its own box
				return box.scrollWidth > box.clientWidth + 1 &&
					!['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
			}).map(t => (t.caption ? t.caption.textContent : t.className || 'table').slice(0, 60)),
			// a date cut at a hyphen ("2026-03-" / "02"): two line boxes
			cut: Array.from(document.querySelectorAll('.date')).filter(e => e.getClientRects().length > 1)
				.map(e => e.textContent).slice(0, 3),
			// in print: the right edge of any table past the paper
			past: Array.from(document.querySelectorAll('table')).filter(t =>
				t.getBoundingClientRect().right > document.documentElement.clientWidth + 1
			).map(t => (t.caption ? t.caption.textContent : t.className || 'table').slice(0, 60)),
			// a header's word of 2 to 13 characters on two lines, not
			// after a hyphen or a slash: "Observ" / "ability"
			thcut: (() => {
				const out = [];
				for (const th of document.querySelectorAll('th')) {
					const walk = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
					for (let n = walk.nextNode(); n; n = walk.nextNode()) {
						if (n.parentElement.closest('.sr-only')) continue;
						// a line is a top, or a left where set sideways
						const across = getComputedStyle(n.parentElement).writingMode !== 'horizontal-tb';
						// a word of letters and digits, in brackets or
						// before a comma at most
						const re = /(?<=^|[\s(])[\p{L}\p{N}]{2,13}(?=$|[\s),.;:])/gu;
						for (let m; (m = re.exec(n.textContent));) {
							const line = i => { // the top of the i-th character's box
								const r = document.createRange();
								r.setStart(n, m.index + i); r.setEnd(n, m.index + i + 1);
								const x = r.getClientRects()[0];
								return x ? Math.round(across ? x.left : x.top) : null;
							};
							for (let i = 1; i < m[0].length; i++) {
								const a = line(i - 1), b = line(i);
								if (a !== null && b !== null && Math.abs(b - a) > 2) {
									out.push(m[0].slice(0, i) + '|' + m[0].slice(i));
									break;
								}
							}
						}
					}
				}
				return out.slice(0, 3);
			})(),
			// a caption wider than its scroll box: its end is out of sight
			caption: Array.from(document.querySelectorAll('.table-scroll caption')).filter(c =>
				c.getBoundingClientRect().width > c.closest('.table-scroll').clientWidth + 1
			).map(c => c.textContent.slice(0, 60)),
		});
		for (const width of [1280, 375]) {
			await page.setViewportSize({ width, height: 900 });
			const w = await page.evaluate(widths);
			if (w.page[0] > w.page[1]) problem(rel, `the page is ${w.page[0]} px wide in a ${w.page[1]} px window: it scrolls sideways`);
			for (const t of w.unscrolled) problem(rel, `at ${width} px a table is wider than its box and does not scroll in it: ${t}`);
			for (const d of w.cut) problem(rel, `at ${width} px the date ${d} is cut across two lines`);
			// at 1280 px a scorecard fits its box first: ten categories
			// may cut a long word there
			if (width === 375) for (const h of w.thcut) problem(rel, `at ${width} px a header's word is cut: ${h}`);
			for (const c of w.caption) problem(rel, `at ${width} px a caption is wider than its box (its end cut off): ${c}`);
		}
		// a box that scrolls on a phone only: the keyboard must reach it
		const narrow = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'rule', values: ['scrollable-region-focusable'] }, resultTypes: ['violations'], preload: false }));
		for (const v of narrow.violations)
			for (const n of v.nodes)
				problem(rel, `at 375 px axe ${v.id} (${v.impact}): ${v.help}: ${n.target.join(' ')}`);
		await page.setViewportSize({ width: 718, height: 900 });
		await page.emulateMedia({ media: 'print' });
		const pw = await page.evaluate(widths);
		if (pw.page[0] > pw.page[1]) problem(rel, `in print the page is ${pw.page[0]} px wide on ${pw.page[1]} px of paper: print cuts it`);
		for (const t of pw.past) problem(rel, `in print a table runs past the paper: ${t}`);
		for (const h of pw.thcut) problem(rel, `in print a header's word is cut: ${h}`);
		const pp = await page.evaluate(() => ({
			buttons: Array.from(document.querySelectorAll('th button.sort')).filter(b => {
				const s = getComputedStyle(b);
				const arrow = getComputedStyle(b, '::after').content;
				return (s.display !== 'contents' && s.display !== 'none') || (arrow !== 'none' && arrow !== 'normal' && s.display !== 'none');
			}).map(b => (b.closest('th').textContent || '').trim().slice(0, 40)),
			broken: Array.from(document.querySelectorAll('td.num')).filter(td => {
				// each word's own line boxes (a level dot beside it sits
				// at a top of its own; a note after the figure may wrap
				// at its space)
				const walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
				for (let n = walk.nextNode(); n; n = walk.nextNode()) {
					const re = /\S+/g;
					for (let m; (m = re.exec(n.textContent));) {
						const r = document.createRange();
						r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
						const tops = new Set();
						for (const x of r.getClientRects()) if (x.width > 0) tops.add(Math.round(x.bottom));
						if (tops.size > 1) return true;
					}
				}
				return false;
			}).map(td => td.textContent.trim()).slice(0, 3),
		}));
		for (const b of pp.buttons) problem(rel, `in print the header "${b}" keeps its sort button's box or arrow`);
		for (const f of pp.broken) problem(rel, `in print the figure "${f}" is broken across two lines`);
		await page.emulateMedia({ media: 'screen' });
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const el = document.activeElement;
			if (!el || el === document.body) return null;
			const s = getComputedStyle(el);
			return { what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''),
				 visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' };
		});
		if (focus && !focus.visible) problem(rel, `keyboard focus is not visible on ${focus.what} (no outline, no box-shadow)`);
	}
	await ctx.close();
}

(async () => {
	const browser = await chromium.launch({
		executablePath: process.env.PRR_CHROMIUM || '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
		       '--disable-component-update', '--disable-sync'],
	});
	const list = pages(site);
	const shotOf = {};
	if (shots) {
		SHOTS.review = list.find(p => /^reviews\/[^/]+\/index\.html$/.test(p)) || 'reviews/*/index.html';
		for (const [name, p] of Object.entries(SHOTS)) {
			if (list.includes(p)) shotOf[p] = name;
			else problem(p, `missing: no page to take the '${name}' screenshot of`);
		}
	}
	try {
		for (const rel of list) {
			await visit(browser, rel, { axe: true, shot: shotOf[rel] });
			if (hostile) await visit(browser, rel, { bypassCSP: true });
		}
	} finally {
		await browser.close();
	}
	for (const p of problems) console.error(`browser: ${p}`);
	console.log(`browser: ${list.length} pages loaded in Chromium${hostile ? ' (with and without CSP)' : ''}, ` +
		    `axe ${WCAG_TAGS.join(',')}: ${problems.length} problems` +
		    (shots ? `; screenshots in ${shots}` : ''));
	process.exit(problems.length ? 1 : 0);
})().catch(e => { console.error(`browser: ${e.stack || e}`); process.exit(2); });
