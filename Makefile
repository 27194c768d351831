# eviden — two commands do the whole set-up on a fresh Debian machine:
#   make demo   installs what is missing, then runs the main job on the bundled sample workspace
#   make test   installs what is missing, then runs the type check and the test suite
SHELL := /bin/bash
NODE_STAMP := node_modules/.eviden-installed

.PHONY: setup system deps build demo test soak bench clean

setup: system deps

system:
	@bash scripts/setup-system.sh

deps: $(NODE_STAMP)

$(NODE_STAMP): package.json package-lock.json
	@echo "[setup] npm ci (paket npm terkunci di package-lock.json)"
	@npm ci --no-audit --no-fund
	@touch $(NODE_STAMP)

build: deps
	@node bin/build-dist.js

demo: setup build
	@bash scripts/demo.sh

test: setup build
	@npx tsc -p tsconfig.json --noEmit
	@bash scripts/run-tests.sh

# The fault-injection suite with 20 kill -9 points per scenario (make test runs it with 5).
soak: setup
	@EVIDEN_FAULT_KILLS=20 bash scripts/run-tests.sh test/faults

bench: setup
	@npm run --silent bench

clean:
	rm -rf dist output .eviden
