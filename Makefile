# Thin wrapper around CMake that also does all set-up on a fresh Debian 12 machine.
#   make run                 install what is missing, build, lint examples/
#   make run ARGS="path"     ... lint another path (any looplint options may go in ARGS)
#   make test                install what is missing, build, run the whole suite with ctest,
#                            then fuzz each target for FUZZ_TEST_SECONDS (if clang can)
#   make fuzz                fuzz each target for FUZZ_SECONDS (fuzz/README.md)
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
ARGS ?= examples
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
# Fuzzing: its own build directory (clang, libFuzzer, ASan, UBSan), where the corpus is kept.
FUZZ_BUILD_DIR ?= $(BUILD_DIR)-fuzz
FUZZ_SECONDS ?= 600
FUZZ_TEST_SECONDS ?= 60

.PHONY: all deps test-deps configure build run test test-sanitize test-tsan test-valgrind fuzz install clean

all: build

deps:
	@scripts/setup-deps.sh --build

test-deps:
	@scripts/setup-deps.sh

configure:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

# `make run` needs only the build dependencies: it configures without the test suite.
build: deps
	@$(MAKE) --no-print-directory configure CMAKE_FLAGS="$(CMAKE_FLAGS) -DBUILD_TESTING=OFF"
	cmake --build $(BUILD_DIR) -j $(JOBS) --target looplint

# Findings (exit 1) are the point of `make run`; only errors (exit 2) fail it.
run: build
	./$(BUILD_DIR)/looplint $(ARGS) || test $$? -eq 1

test: test-deps
	@$(MAKE) --no-print-directory configure CMAKE_FLAGS="$(CMAKE_FLAGS) -DBUILD_TESTING=ON"
	cmake --build $(BUILD_DIR) -j $(JOBS)
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)
	@if reason=$$(fuzz/probe.sh); then \
	  $(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(FUZZ_TEST_SECONDS); \
	else \
	  echo "looplint: fuzzing skipped: $$reason"; \
	fi

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (leaks
# included), in its own build directory. CI runs it after `make test`.
test-sanitize: test-deps
	cmake -S . -B $(BUILD_DIR)-sanitize -DCMAKE_BUILD_TYPE=Debug -DLOOPLINT_SANITIZE=ON -DBUILD_TESTING=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD_DIR)-sanitize -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(BUILD_DIR)-sanitize --output-on-failure -j $(JOBS)

# ThreadSanitizer on the parallel engine (tests/tsan_test.sh: the Python standard library with
# --jobs 1, 4 and 8, and every file of a few packages parsed), in its own build directory. Any
# report fails it. CI runs it after test-sanitize.
test-tsan: test-deps
	cmake -S . -B $(BUILD_DIR)-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOOPLINT_TSAN=ON -DBUILD_TESTING=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD_DIR)-tsan -j $(JOBS) --target looplint
	ctest --test-dir $(BUILD_DIR)-tsan --output-on-failure -R '^tsan/'

# valgrind memcheck on the tests that run the command line (cli, config, formats, readme and
# hostile cases), each looplint run through tests/valgrind.sh: any memory error or definite or
# indirect leak fails a case. The hostile cases' two largest inputs are made ten times smaller.
# Slow (valgrind starts for each of about a thousand runs): not in CI.
test-valgrind:
	@scripts/setup-deps.sh --valgrind
	cmake -S . -B $(BUILD_DIR)-valgrind -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON \
	  -DLOOPLINT_TEST_WRAPPER=$(CURDIR)/tests/valgrind.sh $(CMAKE_FLAGS)
	cmake --build $(BUILD_DIR)-valgrind -j $(JOBS) --target looplint
	LOOPLINT_HOSTILE_QUICK=1 LOOPLINT_TIMEOUT=900 ctest --test-dir $(BUILD_DIR)-valgrind --output-on-failure \
	  -j $(JOBS) -R '^(cli|config|formats|readme|hostile)/'

# The fuzz targets' regression inputs, then FUZZ_SECONDS of fuzzing per target, one at a time
# (fuzz/CMakeLists.txt). Needs clang with libFuzzer: fuzz/probe.sh says what is missing.
fuzz: test-deps
	@reason=$$(fuzz/probe.sh) || { echo "looplint: cannot fuzz: $$reason" >&2; exit 1; }
	cmake -S . -B $(FUZZ_BUILD_DIR) -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DLOOPLINT_FUZZ=ON \
	  -DBUILD_TESTING=OFF -DLOOPLINT_FUZZ_SECONDS=$(FUZZ_SECONDS) $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD_DIR) -j $(JOBS)
	ctest --test-dir $(FUZZ_BUILD_DIR) --output-on-failure -j 1

install: build
	cmake --install $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-sanitize $(BUILD_DIR)-tsan $(BUILD_DIR)-valgrind $(FUZZ_BUILD_DIR)
