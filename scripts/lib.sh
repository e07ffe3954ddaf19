# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, idempotently.
# Sourced, not executed.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo_root/.venv"

say() { printf '==> %s\n' "$*" >&2; }

# Installs the Debian packages that are not installed yet. As root it runs apt-get;
# otherwise it prints the one command to run and exits.
ensure_debian_packages() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "error: missing Debian packages: ${missing[*]}" >&2
        echo "run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 3
    fi
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Creates .venv with the Python packages the real-client checks use.
ensure_python_venv() {
    if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
        ensure_debian_packages python3-venv
    fi
    if [ ! -x "$venv/bin/python" ]; then
        say "creating $venv"
        python3 -m venv "$venv"
    fi
    if ! "$venv/bin/python" -c 'import openpyxl, pytest' 2>/dev/null; then
        say "installing openpyxl and pytest into $venv"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "openpyxl==3.1.5" "pytest==8.3.5"
    fi
}

# Adds pandas and XlsxWriter to .venv for the benchmarks' pandas reference (scripts/bench only; the tests
# do not need them).
ensure_bench_venv() {
    ensure_python_venv
    if ! "$venv/bin/python" -c 'import pandas, xlsxwriter' 2>/dev/null; then
        say "installing pandas and XlsxWriter into $venv (the benchmarks' reference)"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "pandas==3.1.1" "xlsxwriter==3.3.1"
    fi
}

# The build needs libxlsxwriter through pkg-config.
ensure_build_dependencies() {
    ensure_debian_packages libxlsxwriter-dev pkg-config zlib1g-dev
}
