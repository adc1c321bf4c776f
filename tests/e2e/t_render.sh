# t_render.sh - `prr render`: one template to stdout, exactly.

R=$W/render
mkdir -p "$R/parts" "$R/over"
printf 'Hello, {{name}}!{{#items}} [{{.}}]{{/items}}{{>sig}}' > "$R/hello.mustache"
printf '{"name": "<World>", "items": [1, 2.5, "x"]}' > "$R/data.json"
printf ' -- {{&name}}' > "$R/parts/sig.mustache"

begin "render: a file with data and partials, nothing added"
run render "$R/hello.mustache" --data "$R/data.json" --partials "$R/parts"
expect_rc 0
printf 'Hello, &lt;World&gt;! [1] [2.5] [x] -- <World>' > "$R/expected"
cmp -s "$W/out" "$R/expected" || fail "output differs: $(cat "$W/out")"
expect_no_err
end

begin "render: Markdown templates escape for Markdown"
printf '| {{a}} | {{b}} |\n' > "$R/row.md.mustache"
printf '{"a": "- x | y", "b": "1\\n2"}' > "$R/md.json"
run render "$R/row.md.mustache" --data "$R/md.json"
expect_rc 0
printf '| \\- x \\| y | 1<br>2 |\n' > "$R/expected"
cmp -s "$W/out" "$R/expected" || fail "output differs: $(cat "$W/out")"
end

begin "render: a built-in template by name, embedded in the binary"
printf '{"page_title": "Overview", "project": "Ledgerline"}' > "$R/page.json"
run render layout.html.mustache --data "$R/page.json"
expect_rc 0
expect_out "<!DOCTYPE html>"
expect_out "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'"
expect_out "<title>Overview · Ledgerline · production readiness</title>"
end

begin "render: --templates overrides a built-in template by file name"
printf 'mine: {{$title}}t{{/title}}' > "$R/over/layout.html.mustache"
run render layout.html.mustache --templates "$R/over"
expect_rc 0
[ "$(cat "$W/out")" = "mine: t" ] || fail "override not used: $(cat "$W/out")"
printf '{{<layout.html.mustache}}{{$title}}T{{/title}}{{$content}}<p>C</p>{{/content}}{{/layout.html.mustache}}' > "$R/page.mustache"
run render "$R/page.mustache" --templates "$R/over"
expect_rc 0
[ "$(cat "$W/out")" = "mine: T" ] || fail "override not used as parent: $(cat "$W/out")"
run render "$R/page.mustache"
expect_rc 0
expect_out "<p>C</p>"
expect_out '<html lang="en">'
end

begin "render: template errors carry TEMPLATE:LINE:COL and exit 1"
printf 'ok\n  {{#items}}\n' > "$R/bad.mustache"
run render "$R/bad.mustache"
expect_rc 1
expect_err "$R/bad.mustache:2:3: error: unclosed section 'items'"
expect_no_out
printf '{{#a}}\n{{/b}}' > "$R/bad.mustache"
run render "$R/bad.mustache"
expect_rc 1
expect_err "$R/bad.mustache:2:1: error: close tag 'b' does not match 'a' opened at 1:1"
printf '%s' 'x {{=<% =}}' > "$R/bad.mustache"
run render "$R/bad.mustache"
expect_rc 1
expect_err "$R/bad.mustache:1:3: error: bad delimiter change"
printf 'a\nb {{>nothere}}' > "$R/bad.mustache"
run render "$R/bad.mustache"
expect_rc 1
expect_err "$R/bad.mustache:2:3: error: no template 'nothere'"
end

begin "render: partial recursion stops at 100 with a position"
printf 'x{{>loop}}' > "$R/parts/loop.mustache"
run render "$R/parts/loop.mustache" --partials "$R/parts"
expect_rc 1
expect_err "$R/parts/loop.mustache:1:2: error: partials nested deeper than 100"
expect_no_out
end

begin "render: bad data, missing template, usage"
printf '{"a": [1,}' > "$R/bad.json"
run render "$R/hello.mustache" --data "$R/bad.json"
expect_rc 1
expect_err "$R/bad.json:1:10: error: invalid JSON"
run render no-such-template.mustache
expect_rc 1
expect_err "no template 'no-such-template.mustache'"
run render
expect_rc 2
expect_err "usage: prr render TEMPLATE"
run render "$R/hello.mustache" --data "$R/missing.json"
expect_rc 1
expect_err "$R/missing.json"
end
