# Thin wrapper around CMake that also does all set-up on a fresh Debian 12 machine.
#   make run                 install what is missing, build, lint examples/
#   make run ARGS="path"     ... lint another path (any looplint options may go in ARGS)
#   make test                install what is missing, build, run the whole suite with ctest
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
ARGS ?= examples
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all deps test-deps configure build run test test-sanitize test-tsan test-valgrind install clean

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

install: build
	cmake --install $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-sanitize $(BUILD_DIR)-tsan $(BUILD_DIR)-valgrind
