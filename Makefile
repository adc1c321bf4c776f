# prr - production readiness reports.  GNU make.
#
#   make            build build/prr
#   make demo       prr's main job on samples/reviews
#   make test       every test: unit + end-to-end, again under ASan/UBSan,
#                   valgrind, schema validation, import corpus, fuzz runs
#   make install    PREFIX=/usr/local DESTDIR=...
#
# CFLAGS is yours (default -O3 -g); the project's own flags live in
# PRR_CFLAGS and are always added after it, so overriding CFLAGS never drops
# a warning.  SANITIZE=address,undefined builds into build-san/.

.SUFFIXES:
.DELETE_ON_ERROR:
.SECONDARY:
.DEFAULT_GOAL := all

VERSION    := 0.1.0
PREFIX     ?= /usr/local
CFLAGS     ?= -O3 -g
SANITIZE   ?=
BUILD      ?= build$(if $(SANITIZE),-san)
FUZZ_SECONDS ?= 60
FUZZ_SEED    ?= 0
PYTHON     := /usr/bin/python3

# Libraries, by pkg-config name, and the Debian packages that carry them.
PKGS := libcjson md4c md4c-html libgit2 libcrypto zlib
DEBS := pkg-config libcjson-dev libmd4c-dev libmd4c-html0-dev libgit2-dev libssl-dev zlib1g-dev
# What the tests use beyond the build.
TEST_DEBS := git python3 python3-jsonschema python3-yaml valgrind clang libclang-rt-14-dev tidy chromium

PRR_CFLAGS = -std=c17 -Wall -Wextra -Wpedantic -Werror -Wshadow \
	-Wstrict-prototypes -Wmissing-prototypes -Wno-missing-field-initializers \
	-D_POSIX_C_SOURCE=200809L -DPRR_VERSION='"$(VERSION)"' \
	-Iinclude -I$(BUILD) $(DEP_CFLAGS) -MMD -MP
ifneq ($(SANITIZE),)
PRR_CFLAGS += -fsanitize=$(SANITIZE) -fno-sanitize-recover=all \
	-fno-omit-frame-pointer -DPRR_ARENA_MALLOC
PRR_LDFLAGS += -fsanitize=$(SANITIZE)
endif
ifneq ($(FUZZ),)
PRR_CFLAGS += -fsanitize=fuzzer-no-link
endif

LIB_SRCS  := $(filter-out gen/main.c,$(wildcard gen/*.c gen/cmd/*.c))
LIB_OBJS  := $(LIB_SRCS:gen/%.c=$(BUILD)/gen/%.o) $(BUILD)/embedded.o
# Files compiled into prr (include/prr/embed.h): the commands' help texts
# too, gen/cmd/help/NAME.txt.
EMBED_DIRS  := templates assets gen/cmd/help
EMBED_FILES := $(shell find $(EMBED_DIRS) -type f ! -name '.*' 2>/dev/null | LC_ALL=C sort)
CMD_SRCS  := $(wildcard gen/cmd/cmd_*.c)
UNIT_SRCS := $(wildcard tests/unit/*.c)
UNIT_OBJS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%.o)
FUZZ_SRCS := $(wildcard tests/fuzz/fuzz_*.c)
FUZZERS   := $(FUZZ_SRCS:tests/fuzz/%.c=%)

# --- dependencies ----------------------------------------------------------
# need_debs: install the Debian packages in $(1) that are missing when root;
# otherwise stop with the exact apt-get line.
need_debs = missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "prr: installing Debian packages:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq --no-install-recommends $$missing) >/dev/null \
	      || { echo "prr: apt-get install$$missing failed"; exit 1; }; \
	  else \
	    echo "prr: missing Debian packages; install them with:"; \
	    echo "  sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

ifeq ($(filter clean help,$(MAKECMDGOALS)),)
-include $(BUILD)/config.mk
endif

$(BUILD)/config.mk: Makefile
	@mkdir -p $(BUILD)
	@if ! pkg-config --exists $(PKGS) 2>/dev/null; then $(call need_debs,$(DEBS)); fi
	@pkg-config --exists --print-errors $(PKGS)
	@printf 'DEP_CFLAGS := %s\nDEP_LIBS := %s\n' \
	  "$$(pkg-config --cflags $(PKGS))" "$$(pkg-config --libs $(PKGS))" > $@

.PHONY: test-deps
test-deps:
	@$(call need_debs,$(TEST_DEBS))
	@# the browser checks need node and npm: Debian's, unless some are on PATH
	@if ! command -v node >/dev/null || ! command -v npm >/dev/null; then \
	  $(call need_debs,nodejs npm); fi

# --- the program -------------------------------------------------------------
.PHONY: all
all: $(BUILD)/prr

# Commands register themselves with PRR_COMMAND(name) at the start of a line
# in gen/cmd/cmd_*.c; tests with PRR_TEST(module__case) in tests/unit/*.c.
$(BUILD)/commands.inc: $(CMD_SRCS) | $(BUILD)/config.mk
	@mkdir -p $(@D)
	@sed -n 's/^PRR_COMMAND(\([a-z_]*\)).*/X(\1)/p' $(CMD_SRCS) > $@

$(BUILD)/tests.inc: $(UNIT_SRCS) | $(BUILD)/config.mk
	@mkdir -p $(@D)
	@sed -n 's/^PRR_TEST(\([a-z0-9_]*\)).*/T(\1)/p' $(UNIT_SRCS) > $@

$(BUILD)/gen/main.o: $(BUILD)/commands.inc
$(BUILD)/tests/runner.o: $(BUILD)/tests.inc

$(BUILD)/gen/%.o: gen/%.c $(BUILD)/flags | $(BUILD)/config.mk
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(PRR_CFLAGS) -c $< -o $@

$(BUILD)/tests/%.o: tests/unit/%.c $(BUILD)/flags | $(BUILD)/config.mk
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(PRR_CFLAGS) -Itests/unit -c $< -o $@

# templates/, assets/ and gen/cmd/help/ become build/embedded.c through a small C
# tool (no xxd); embed.list changes when a file is added or removed.
$(BUILD)/mkembed: gen/tools/mkembed.c $(BUILD)/flags | $(BUILD)/config.mk
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -std=c17 -Wall -Wextra -Werror -o $@ $<

# build/flags holds the compiler and flags the objects were built with; it
# changes (and every object is built again) when they do: `make CFLAGS=-O0`
# after a plain `make` does not mix the two.
BUILD_FLAGS := $(CC) $(CFLAGS) $(PRR_CFLAGS) $(LDFLAGS) $(PRR_LDFLAGS)
$(BUILD)/flags: FORCE | $(BUILD)/config.mk
	@echo '$(BUILD_FLAGS)' > $@.new; \
	  if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@; fi

$(BUILD)/embed.list: FORCE | $(BUILD)/config.mk
	@echo '$(EMBED_FILES)' > $@.new; \
	  if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@; fi

$(BUILD)/embedded.c: $(BUILD)/mkembed $(BUILD)/embed.list $(EMBED_FILES)
	$(BUILD)/mkembed $(EMBED_DIRS) > $@.tmp && mv $@.tmp $@

$(BUILD)/embedded.o: $(BUILD)/embedded.c $(BUILD)/flags
	$(CC) $(CFLAGS) $(PRR_CFLAGS) -c $< -o $@

.PHONY: FORCE
FORCE:

$(BUILD)/libprr.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/prr: $(BUILD)/gen/main.o $(BUILD)/libprr.a
	$(CC) $(CFLAGS) $(PRR_LDFLAGS) $(LDFLAGS) -o $@ $^ $(DEP_LIBS) -lm

$(BUILD)/unit-tests: $(UNIT_OBJS) $(BUILD)/libprr.a
	$(CC) $(CFLAGS) $(PRR_LDFLAGS) $(LDFLAGS) -o $@ $^ $(DEP_LIBS) -lm

# Fuzz targets: each tests/fuzz/fuzz_NAME.c exports LLVMFuzzerTestOneInput.
# Under plain cc they are linked with a replay driver and fed their corpus
# (tests/fuzz/corpus/NAME/) on every test run; `make fuzz` runs libFuzzer.
$(BUILD)/fuzz/%.o: tests/fuzz/%.c $(BUILD)/flags | $(BUILD)/config.mk
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(PRR_CFLAGS) -c $< -o $@

$(BUILD)/replay-%: $(BUILD)/fuzz/%.o $(BUILD)/fuzz/replay.o $(BUILD)/libprr.a
	$(CC) $(CFLAGS) $(PRR_LDFLAGS) $(LDFLAGS) -o $@ $^ $(DEP_LIBS) -lm

$(BUILD)/libfuzzer-%: $(BUILD)/fuzz/%.o $(BUILD)/libprr.a
	$(CC) $(CFLAGS) $(PRR_LDFLAGS) -fsanitize=fuzzer $(LDFLAGS) -o $@ $^ $(DEP_LIBS) -lm

-include $(wildcard $(BUILD)/gen/*.d $(BUILD)/gen/cmd/*.d $(BUILD)/tests/*.d \
	$(BUILD)/fuzz/*.d $(BUILD)/bench/*.d $(BUILD)/embedded.d)

# --- demo ----------------------------------------------------------------------
.PHONY: demo
# The sample site: a sample git repository with pinned dates
# (samples/mkrepo.sh) and the site of samples/reviews; prints index.html.
demo: $(BUILD)/prr
	@sh samples/mkrepo.sh $(BUILD)/sample-repo >/dev/null
	@$(BUILD)/prr build --repo $(BUILD)/sample-repo --cache $(BUILD)/demo-cache -o $(BUILD)/demo-site samples/reviews
	@echo
	@echo "Open $(BUILD)/demo-site/index.html in a browser. Then try:"
	@echo "  $(BUILD)/prr report --format md --repo $(BUILD)/sample-repo samples/reviews   # the PR report"
	@echo "  $(BUILD)/prr gate samples/reviews                                              # the release gate"
	@echo "  $(BUILD)/prr verify --repo $(BUILD)/sample-repo samples/reviews               # evidence against git (exits 1: one sample reference is wrong on purpose)"
	@echo "  $(BUILD)/prr import YOUR-REVIEW.md                                             # your own Markdown review"

# --- tests ---------------------------------------------------------------------
# `suite` is one build's tests; `test` runs it plain and sanitized, the unit
# tests built by clang too (a compiler may differ where C leaves it free), then
# the checks that need a whole build (valgrind, schema, fuzzing).
.PHONY: test suite test-unit test-e2e test-replay test-valgrind test-schema test-site test-corpus test-golden golden fuzz
test: test-deps
	$(MAKE) suite
	$(MAKE) suite SANITIZE=address,undefined
	$(MAKE) test-unit CC=clang BUILD=build-clang
	$(MAKE) test-golden test-valgrind test-schema test-site test-corpus
	$(MAKE) fuzz CC=clang BUILD=build-fuzz SANITIZE=address,undefined FUZZ=1 FUZZ_SEED=1
	@echo "make test: all suites passed"

suite: test-unit test-e2e test-replay

# A longer fuzzing campaign from a random seed: make fuzz-random FUZZ_SECONDS=600
.PHONY: fuzz-random
fuzz-random:
	$(MAKE) fuzz CC=clang BUILD=build-fuzz SANITIZE=address,undefined FUZZ=1 FUZZ_SEED=0

export ASAN_OPTIONS := exitcode=99:detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS := halt_on_error=1:exitcode=98:print_stacktrace=1

test-unit: $(BUILD)/unit-tests
	$(BUILD)/unit-tests

test-e2e: $(BUILD)/prr
	PRR=$(BUILD)/prr sh tests/e2e/run.sh

test-replay: $(FUZZERS:%=$(BUILD)/replay-%)
	@for f in $(FUZZERS); do \
	  n=$${f#fuzz_}; $(BUILD)/replay-$$f tests/fuzz/corpus/$$n || exit 1; \
	done

test-valgrind: $(BUILD)/prr
	sh tests/valgrind.sh $(BUILD)/prr

test-schema: $(BUILD)/prr
	$(PYTHON) tests/schema_check.py $(BUILD)/prr

# Golden outputs (tests/golden/): the samples' site, report.md and
# report.json and the import of each tests/data/md document, built afresh
# and diffed; `make golden` writes them again when a change is meant.
test-golden: $(BUILD)/prr
	sh tests/golden/run.sh $(BUILD)/prr

golden: $(BUILD)/prr
	sh tests/golden/run.sh $(BUILD)/prr --update

# The import corpus's answer key (tests/corpus/facts.txt) against what prr
# makes of the documents in ../shared/corpus: prints `corpus: N of M facts`,
# fails below tests/corpus/floor, skips when the corpus is absent.
test-corpus: $(BUILD)/prr
	$(PYTHON) tests/corpus/check.py --self-test
	$(PYTHON) tests/corpus/check.py $(BUILD)/prr

# The built site's quality: tidy, links, CSP, Chromium + axe-core, hostile
# review text (tests/site/run.sh; npm packages go to build/node/).
test-site: $(BUILD)/prr
	sh tests/site/run.sh $(BUILD)/prr

fuzz: $(FUZZERS:%=$(BUILD)/libfuzzer-%)
	@for f in $(FUZZERS); do \
	  n=$${f#fuzz_}; work=$(BUILD)/corpus-$$n; rm -rf $$work; mkdir -p $$work; \
	  cp tests/fuzz/corpus/$$n/* $$work/ 2>/dev/null; \
	  echo "fuzz: $$n for $(FUZZ_SECONDS)s"; \
	  $(BUILD)/libfuzzer-$$f -max_total_time=$(FUZZ_SECONDS) -seed=$(FUZZ_SEED) -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 $$work \
	    > $(BUILD)/fuzz-$$n.log 2>&1 \
	    || { tail -50 $(BUILD)/fuzz-$$n.log; exit 1; }; \
	  grep -E '^stat::number_of_executed_units' $(BUILD)/fuzz-$$n.log; \
	done

# --- benchmarks (never timed assertions; they print ratios) ------------------
.PHONY: bench-render
bench-render: $(BUILD)/prr $(BUILD)/bench_render
	sh tests/bench/render.sh $(BUILD)/prr $(BUILD)/bench_render

$(BUILD)/bench/%.o: tests/bench/%.c $(BUILD)/flags | $(BUILD)/config.mk
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(PRR_CFLAGS) -c $< -o $@

$(BUILD)/bench_render: $(BUILD)/bench/bench_render.o $(BUILD)/libprr.a
	$(CC) $(CFLAGS) $(PRR_LDFLAGS) $(LDFLAGS) -o $@ $^ $(DEP_LIBS) -lm

bench-%: $(BUILD)/prr
	sh tests/bench/$*.sh $(BUILD)/prr

# bench-import compares with md4c alone, parsing the same bytes.
bench-import: $(BUILD)/md4c-parse
$(BUILD)/md4c-parse: tests/bench/md4c_parse.c $(BUILD)/libprr.a
	$(CC) $(CFLAGS) $(PRR_CFLAGS) $(PRR_LDFLAGS) $(LDFLAGS) -o $@ $^ $(DEP_LIBS) -lm

# --- install -------------------------------------------------------------------
.PHONY: install uninstall clean
install: $(BUILD)/prr
	install -D -m 0755 $(BUILD)/prr $(DESTDIR)$(PREFIX)/bin/prr
	install -D -m 0644 gen/prr.1 $(DESTDIR)$(PREFIX)/share/man/man1/prr.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/prr $(DESTDIR)$(PREFIX)/share/man/man1/prr.1

clean:
	rm -rf build build-san build-fuzz
