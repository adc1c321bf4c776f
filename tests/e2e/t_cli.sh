# t_cli.sh - the command line itself: usage, help, version, exit codes.

begin "cli: no arguments is a usage error"
run
expect_rc 2
expect_err "usage: prr COMMAND"
end

begin "cli: unknown command"
run frobnicate
expect_rc 2
expect_err "'frobnicate' is not a prr command"
end

begin "cli: --help and --version answer"
run --help
expect_rc 0
expect_out "commands:"
run --version
expect_rc 0
expect_out_re '^prr [0-9]+\.[0-9]+\.[0-9]+'
end
