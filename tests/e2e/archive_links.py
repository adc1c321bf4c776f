#!/usr/bin/python3
"""archive_links.py ARCHIVE [BASE_URL] - every link of every archived page
goes somewhere that exists.

Each href= and src= of every *.html under ARCHIVE must be:
  - a #fragment of the page itself; or
  - a relative reference to a file inside ARCHIVE (a folder means its
    index.html), never leaving it; or
  - with BASE_URL, an address starting with BASE_URL (the published site);
  - or, on <a> only, an http:, https: or mailto: link that is not the
    published site's (a link written in the review's own text).
Prints "N pages, N links (N inside the archive, N to the site, N from review
text)" and exits 0; else one "links: PAGE: problem" line per problem on
stderr and exit 1.  With BASE_URL, an archive linking the site nowhere is a
problem too (its navigation is missing).
"""
import html.parser
import os
import sys
import urllib.parse


class Refs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs = []  # (tag, value)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.refs.append((tag, value))


def main():
    if len(sys.argv) not in (2, 3):
        print("usage: archive_links.py ARCHIVE [BASE_URL]", file=sys.stderr)
        return 2
    root = os.path.realpath(sys.argv[1])
    base = sys.argv[2] if len(sys.argv) == 3 else None
    problems = []
    pages = inside = to_site = external = 0
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            page = os.path.join(folder, name)
            rel_page = os.path.relpath(page, root)
            pages += 1
            p = Refs()
            with open(page, encoding="utf-8") as f:
                p.feed(f.read())
            for tag, ref in p.refs:
                url = urllib.parse.urlsplit(ref)
                if base and ref.startswith(base):
                    to_site += 1
                elif url.scheme or ref.startswith("//"):
                    if base and url.netloc == urllib.parse.urlsplit(base).netloc:
                        problems.append(f"{rel_page}: '{ref}' is on the site's host but not under {base}")
                    elif tag == "a" and url.scheme in ("http", "https", "mailto"):
                        external += 1
                    else:
                        problems.append(f"{rel_page}: <{tag}> '{ref}' leaves the archive")
                elif not url.path:
                    inside += 1  # a fragment of the page itself
                elif url.path.startswith("/"):
                    problems.append(f"{rel_page}: '{ref}' is a rooted path")
                else:
                    target = os.path.realpath(os.path.join(folder, urllib.parse.unquote(url.path)))
                    if os.path.isdir(target):
                        target = os.path.join(target, "index.html")
                    if os.path.commonpath([root, target]) != root:
                        problems.append(f"{rel_page}: '{ref}' leaves the archive")
                    elif not os.path.isfile(target):
                        problems.append(f"{rel_page}: '{ref}' names no file of the archive")
                    else:
                        inside += 1
    if pages == 0:
        problems.append("no page in the archive")
    if base and to_site == 0:
        problems.append(f"no link to {base}: the archived pages lost the site's navigation")
    for p in problems:
        print(f"links: {p}", file=sys.stderr)
    print(f"{pages} pages, {inside + to_site + external} links ({inside} inside the archive, "
          f"{to_site} to the site, {external} from review text)")
    return 1 if problems else 0


sys.exit(main())
