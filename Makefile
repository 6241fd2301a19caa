# gclab — see README.md.  Versions are pinned in versions.mk.
include versions.mk

SHELL := /bin/bash
MM ?= incminimark
PYTHON3 := .venv/bin/python
ALL_PLANS := $(shell python3 tools/plans.py names)
HEADLINE := $(shell python3 tools/plans.py names --headline)
CI_PLANS := $(shell python3 tools/plans.py names --ci)
SOURCES := $(shell find gclab targets -name '*.py') versions.mk tools/translate.py
SETUP_STAMP := .toolchain/.setup-done
comma := ,

.PHONY: help setup translate translate-all translate-test test test-fast test-unit test-harness \
        test-translated test-untranslated test-fuzz bench fuzz tsan clean

help:
	@echo "make setup            install the toolchain into .toolchain/ and .venv/"
	@echo "make translate MM=X   build build/gclab-X (plans: $(ALL_PLANS))"
	@echo "make test             every test: untranslated, harness, the corpus on the CI plans"
	@echo "make test PLANS=all   the same with every plan translated (or PLANS=a,b,c)"
	@echo "make test-fast        untranslated tests only (no translation)"
	@echo "make bench            translate the headline plans and benchmark them"
	@echo "make bench PLANS=all  every plan (or PLANS=a,b,c); BENCH_ARGS='--quick ...' more"
	@echo "make fuzz             FUZZ_N programs from FUZZ_SEED on python3 and PLANS (default headline)"
	@echo "make tsan [TSAN_PLAN=P] a ThreadSanitizer build of none-nogil (or P) runs the thread corpus"

# setup runs its own idempotent checks every time; the stamp only orders the rules
setup:
	@bash tools/setup.sh
	@touch $(SETUP_STAMP)

$(SETUP_STAMP): tools/setup.sh versions.mk
	@bash tools/setup.sh
	@touch $@

translate: $(SETUP_STAMP)
	@python3 tools/plans.py check $(MM)
	@$(MAKE) --no-print-directory build/gclab-$(MM)

build/gclab-%: $(SOURCES) | $(SETUP_STAMP)
	@python3 tools/translate.py $*

# two translations at a time: most of a translation is single-threaded Python
translate-all: $(SETUP_STAMP)
	@GCLAB_JOBS=1 $(MAKE) --no-print-directory -j2 $(addprefix build/gclab-,$(ALL_PLANS))

# PLANS=all or PLANS=a,b,c: the plans `make test` translates and runs the corpus on
# (default: the plans CI covers, README "Memory-manager plans")
TEST_PLANS = $(if $(filter all,$(PLANS)),$(ALL_PLANS),$(if $(PLANS),$(subst $(comma), ,$(PLANS)),$(CI_PLANS)))

# the untranslated tests run beside the translations (a 2-core machine has a core idle
# whenever fewer than two translations are left), then the corpus on the translated plans
test: setup
	@$(MAKE) --no-print-directory -j2 test-untranslated translate-test
	@$(MAKE) --no-print-directory test-translated

test-untranslated: $(SETUP_STAMP)
	@$(MAKE) --no-print-directory test-unit test-harness test-fuzz

# the slowest translations first: none is left to start alone at the end
translate-test: $(SETUP_STAMP)
	@GCLAB_JOBS=1 $(MAKE) --no-print-directory -j2 $(addprefix build/gclab-,$(shell python3 tools/plans.py order $(TEST_PLANS)))

test-fast: $(SETUP_STAMP) test-unit test-harness

test-unit: $(SETUP_STAMP)
	tools/pypy -m pytest -p no:cacheprovider -q tests/unit

test-harness: $(SETUP_STAMP)
	$(PYTHON3) -m pytest -p no:cacheprovider -q tests/bench

test-fuzz: $(SETUP_STAMP)
	$(PYTHON3) -m pytest -p no:cacheprovider -q tests/fuzz

# the corpus runs in E2E_SHARDS pytest processes side by side (GCLAB_TEST_SHARD in
# tests/e2e/conftest.py: every test in exactly one); each prints its report when it ends
E2E_SHARDS ?= 2
E2E_SHARD_GOALS = $(addprefix e2e-shard-,$(shell seq 0 $$(( $(E2E_SHARDS) - 1 ))))

test-translated: $(SETUP_STAMP)
	@$(MAKE) --no-print-directory -j$(E2E_SHARDS) --output-sync=target $(E2E_SHARD_GOALS)

e2e-shard-%: $(SETUP_STAMP)
	GCLAB_TEST_PLANS="$(strip $(TEST_PLANS))" GCLAB_TEST_SHARD=$*/$(E2E_SHARDS) $(PYTHON3) -m pytest -p no:cacheprovider -q --durations=15 --basetemp=build/e2e-tmp-$* tests/e2e

# PLANS=all or PLANS=a,b,c: the plans to benchmark (default: the headline plans and none)
comma := ,
BENCH_PLANS = $(if $(filter all,$(PLANS)),$(ALL_PLANS),$(if $(PLANS),$(subst $(comma), ,$(PLANS)),$(HEADLINE) none))

bench: setup
	@GCLAB_JOBS=1 $(MAKE) --no-print-directory -j2 $(addprefix build/gclab-,$(BENCH_PLANS))
	$(PYTHON3) -m bench $(if $(PLANS),--plans $(PLANS)) $(BENCH_ARGS)

# differential fuzzing against python3: FUZZ_N programs from FUZZ_SEED, PLANS as for bench
# (default: the headline plans); FUZZ_ARGS='--jobs 2 ...' more (python -m fuzz run --help)
FUZZ_N ?= 100
FUZZ_SEED ?= 1
FUZZ_PLANS = $(if $(filter all,$(PLANS)),$(ALL_PLANS),$(if $(PLANS),$(subst $(comma), ,$(PLANS)),$(HEADLINE)))

fuzz: setup
	@GCLAB_JOBS=1 $(MAKE) --no-print-directory -j2 $(addprefix build/gclab-,$(FUZZ_PLANS))
	$(PYTHON3) -m fuzz run --n $(FUZZ_N) --seed $(FUZZ_SEED) --plans $(subst $(eval) ,$(comma),$(strip $(FUZZ_PLANS))) $(FUZZ_ARGS)

# ThreadSanitizer: none-nogil's generated C rebuilt with -fsanitize=thread, on the thread
# corpus; tools/tsan.supp lists the races that are there by design, with their reasons
tsan: $(SETUP_STAMP)
	@bash tools/tsan.sh $(or $(TSAN_PLAN),none-nogil)

clean:
	rm -rf build results
