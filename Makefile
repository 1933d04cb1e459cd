# Daftar's two everyday commands: `make render` and `make test`.
# Each installs the Debian packages it needs when they are missing (as root, or through sudo).

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
SYSTEM_PACKAGES := libcmark-dev pkg-config

.PHONY: render test build deps

## Render every notebook in Notebooks/ to Output/.
render: deps
	swift build -c release --product daftar
	.build/release/daftar render Notebooks --output Output

## Run the whole test suite (unit, conformance, golden and end-to-end tests).
test: deps
	swift build --build-tests
	swift test --skip-build

build: deps
	swift build

## Install libcmark and pkg-config from Debian when pkg-config cannot find libcmark.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "Installing $(SYSTEM_PACKAGES) from Debian…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi
