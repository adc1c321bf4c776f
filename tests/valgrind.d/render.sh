# render.sh - prr render under valgrind: a built-in template through
# inheritance, and a template error.
vg render layout.html.mustache
printf '{{<layout.html.mustache}}{{$title}}{{t}}{{/title}}{{/layout.html.mustache}}' > /tmp/prr-vg-render.$$.mustache
vg render /tmp/prr-vg-render.$$.mustache
printf '{{#a}}' > /tmp/prr-vg-render.$$.mustache
vg render /tmp/prr-vg-render.$$.mustache
rm -f /tmp/prr-vg-render.$$.mustache
