#!/usr/bin/python3
"""static_check.py SITE [--hostile] - what can be checked in a built prr site
without a browser.

Every page (*.html):
  - has exactly one non-empty HTML <title> (SVG's <title>s aside);
  - has <meta http-equiv="Content-Security-Policy"> with a default-src, and a
    script policy (script-src, else default-src) without 'unsafe-inline',
    'unsafe-eval', *, http:, https: or data:;
  - links resolve: every href/src/srcset/poster/action of every element, and
    every url(...) of a <style>, style= or stylesheet, is either
      * a relative reference to a file of the site (a folder means its
        index.html; a #fragment must name an id or <a name> of the target
        page), never leaving the site; or
      * an external link from review text: http:, https: or mailto: on <a>
        (or <area>) only;
    anything else fails: javascript: anywhere, http(s) on link/script/img/
    iframe/… (a request to another host), //host, /rooted paths (they break
    from file://), data: outside <img>, other schemes;
  - has no inline event handler attribute (on…=) and no inline script
    (<script> without src, except non-JavaScript data blocks such as
    type="application/json");
and the site's stylesheets give keyboard focus a visible style (:focus-visible).

--hostile adds the checks for a site built from tests/data/hostile/: the
review text's <script>, onerror=, javascript: and {{mustache}} payloads
appear only escaped: in the raw bytes of every page no "<script" tag
except the site's own (with src), no tag holding onerror=, no href/src
starting with javascript:, and the review text "{{prr_hostile_mustache}}"
reaches some page as it is (neither interpreted by a template nor dropped).

Exit 0 when clean, 1 with one "static: PAGE: problem" line per problem on
stderr, 2 on usage errors.
"""
import html.parser
import os
import re
import sys
import urllib.parse

URL_ATTRS = {"href", "src", "poster", "action", "formaction", "data", "cite", "background"}
LINK_TAGS = {"a", "area"}  # where external links from review text may appear
SCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript"}
# A string the hostile review carries in its text; it must reach a page as is.
HOSTILE_MARKER = "{{prr_hostile_mustache}}"
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*?))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""", re.I)


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs = []  # (tag, attr, value, line)
        self.ids = set()
        self.csp = []
        self.problems = []
        self.styles = []  # text of <style> elements
        self._in_style = False
        self._in_script = None
        self._svg = 0
        self.titles = []  # (line, text) of HTML <title> elements (not SVG's)
        self._in_title = None

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        a = {k: (v or "") for k, v in attrs}
        for k, v in attrs:
            v = v or ""
            if k.startswith("on"):
                self.problems.append(f"line {line}: inline event handler {k}= on <{tag}>")
            if k in URL_ATTRS:
                self.refs.append((tag, k, v, line))
            elif k in ("srcset", "imagesrcset"):
                for part in v.split(","):
                    if part.strip():
                        self.refs.append((tag, k, part.strip().split()[0], line))
            elif k == "style":
                for m in CSS_URL.finditer(v):
                    self.refs.append((tag, "style", next(g for g in m.groups() if g is not None), line))
            if k in ("id", "name") and v:
                self.ids.add(v)
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            self.csp.append((a.get("content", ""), line))
        if tag == "style":
            self._in_style = True
        if tag == "svg":
            self._svg += 1
        if tag == "title" and not self._svg:
            self.titles.append([line, ""])
            self._in_title = True
        if tag == "script":
            self._in_script = (a.get("type", "").lower(), "src" in a, line)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("style", "script"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "svg" and self._svg:
            self._svg -= 1
        if tag == "title":
            self._in_title = None
        if tag == "style":
            self._in_style = False
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_title:
            self.titles[-1][1] += data
        if self._in_style:
            self.styles.append((data, self.getpos()[0]))
        if self._in_script is not None:
            typ, has_src, line = self._in_script
            if not has_src and typ in SCRIPT_TYPES and data.strip():
                self.problems.append(f"line {line}: inline <script> (a site's scripts are files, for its CSP)")


def parse_csp(text):
    out = {}
    for d in text.split(";"):
        parts = d.split()
        if parts:
            out[parts[0].lower()] = [p.lower() for p in parts[1:]]
    return out


class Site:
    def __init__(self, root):
        self.root = os.path.realpath(root)
        self.problems = []
        self.pages = {}
        self.files = set()
        self.hostile_text = False
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for f in sorted(filenames):
                if not f.startswith("."):
                    self.files.add(os.path.relpath(os.path.join(dirpath, f), self.root))

    def problem(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    def page(self, rel):
        if rel not in self.pages:
            p = Page()
            with open(os.path.join(self.root, rel), encoding="utf-8", errors="replace") as f:
                p.feed(f.read())
            p.close()
            self.pages[rel] = p
        return self.pages[rel]

    def check_ref(self, where, base, tag, attr, value):
        v = value.strip()
        if not v:
            self.problem(where, f'empty {attr}= on <{tag}>')
            return
        u = urllib.parse.urlsplit(v)
        scheme = u.scheme.lower()
        if scheme == "javascript":
            self.problem(where, f'javascript: URL in {attr}= on <{tag}>: "{v[:80]}"')
            return
        if scheme in ("http", "https", "mailto"):
            if tag not in LINK_TAGS or attr != "href":
                self.problem(where, f'external resource in {attr}= on <{tag}> (a request to another host): "{v[:120]}"')
            return
        if scheme == "data":
            if tag != "img":
                self.problem(where, f'data: URL in {attr}= on <{tag}>')
            return
        if scheme:
            self.problem(where, f'scheme "{scheme}:" not allowed in {attr}= on <{tag}>: "{v[:80]}"')
            return
        if u.netloc or v.startswith("//"):
            self.problem(where, f'protocol-relative URL in {attr}= on <{tag}>: "{v[:80]}"')
            return
        if u.path.startswith("/"):
            self.problem(where, f'rooted path in {attr}= on <{tag}> (breaks from file://): "{v[:80]}"')
            return
        target = base
        if u.path:
            joined = os.path.normpath(os.path.join(os.path.dirname(base), urllib.parse.unquote(u.path)))
            if joined.startswith("..") or os.path.isabs(joined):
                self.problem(where, f'{attr}="{v}" on <{tag}> leaves the site')
                return
            if u.path.endswith("/") or os.path.isdir(os.path.join(self.root, joined)):
                joined = os.path.join(joined, "index.html")
            if joined not in self.files:
                self.problem(where, f'broken link: {attr}="{v}" on <{tag}> ({joined} is not in the site)')
                return
            target = joined
        if u.fragment and target.endswith((".html", ".htm")):
            frag = urllib.parse.unquote(u.fragment)
            if frag not in self.page(target).ids and frag != "top":
                self.problem(where, f'broken fragment: {attr}="{v}" on <{tag}> (no id "{frag}" in {target})')

    def check_css_text(self, where, base, text, line0=1):
        for m in CSS_URL.finditer(text):
            v = next(g for g in m.groups() if g is not None)
            line = line0 + text.count("\n", 0, m.start())
            self.check_ref(f"{where}:{line}", base, "style", "url()", v)

    def run(self, hostile):
        focus_visible = False
        html_pages = sorted(f for f in self.files if f.endswith((".html", ".htm")))
        if not html_pages:
            self.problem(self.root, "no page (*.html)")
        for rel in sorted(self.files):
            if rel.endswith(".css"):
                with open(os.path.join(self.root, rel), encoding="utf-8", errors="replace") as f:
                    text = f.read()
                focus_visible |= ":focus-visible" in text
                self.check_css_text(rel, rel, text)
        for rel in html_pages:
            p = self.page(rel)
            for msg in p.problems:
                self.problem(rel, msg)
            if len(p.titles) != 1 or not p.titles[0][1].strip():
                self.problem(rel, f"expected one non-empty HTML <title>, found {[t for _, t in p.titles]}")
            if not p.csp:
                self.problem(rel, 'no <meta http-equiv="Content-Security-Policy">')
            for text, line in p.csp:
                csp = parse_csp(text)
                if "default-src" not in csp:
                    self.problem(f"{rel}:{line}", f'CSP has no default-src: "{text}"')
                script = csp.get("script-src", csp.get("default-src", []))
                bad = [s for s in script if s in ("'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "data:")]
                if bad:
                    self.problem(f"{rel}:{line}", f"CSP lets scripts in: {' '.join(bad)}")
            for tag, attr, value, line in p.refs:
                self.check_ref(f"{rel}:{line}", rel, tag, attr, value)
            for text, line in p.styles:
                focus_visible |= ":focus-visible" in text
                self.check_css_text(rel, rel, text, line)
            if hostile:
                self.check_hostile(rel)
        if hostile and not self.hostile_text:
            self.problem(self.root, f'the hostile review text "{HOSTILE_MARKER}" appears on no page '
                         "(is it shown escaped, or was it interpreted or dropped?)")
        if html_pages and not focus_visible:
            self.problem(self.root, "no :focus-visible style in any stylesheet: keyboard focus may not be visible")
        return len(html_pages)

    def check_hostile(self, rel):
        with open(os.path.join(self.root, rel), encoding="utf-8", errors="replace") as f:
            raw = f.read()
        self.hostile_text |= HOSTILE_MARKER in raw
        for i, line in enumerate(raw.split("\n"), 1):
            for m in re.finditer(r"<script\b[^>]*>", line, re.I):
                if not re.search(r"\bsrc\s*=", m.group(0), re.I) and "application/json" not in m.group(0):
                    self.problem(f"{rel}:{i}", f"raw <script> tag (review text not escaped?): {m.group(0)[:80]}")
            for m in re.finditer(r"<[a-z][^<>]*>", line, re.I):
                # quoted attribute values hold escaped text, which may say
                # "onerror=" harmlessly: look at the tag without them
                bare = re.sub(r"\"[^\"]*\"|'[^']*'", '""', m.group(0))
                if re.search(r"[\s/]on[a-z]+\s*=", bare, re.I):
                    self.problem(f"{rel}:{i}", f"event handler inside a tag (review text not escaped?): {m.group(0)[:100]}")
            for m in re.finditer(r"""\b(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:""", line, re.I):
                self.problem(f"{rel}:{i}", f"javascript: URL kept from review text: {m.group(0)[:80]}")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    hostile = "--hostile" in argv[1:]
    if len(args) != 1 or not os.path.isdir(args[0]):
        print("usage: static_check.py SITE [--hostile]", file=sys.stderr)
        return 2
    site = Site(args[0])
    n = site.run(hostile)
    for p in site.problems:
        print(f"static: {p}", file=sys.stderr)
    print(f"static: {n} pages, {len(site.files)} files: {len(site.problems)} problems "
          f"(links, CSP, external requests, inline scripts, focus style{', hostile payloads' if hostile else ''})")
    return 1 if site.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
