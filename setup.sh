#!/usr/bin/env bash
# Sets coopsim up on Debian 12 and either runs the demo or the test suite.
#
#   ./setup.sh demo      install what is missing, build, run scenarios/caldono.json, write its report
#   ./setup.sh test      install what is missing, build with tests, run them all
#   ./setup.sh packages  print the Debian packages coopsim needs, one per line
#
# Run it as root or as a user with sudo; apt is used only when a package is missing.
# Environment: JOBS (parallel build and test jobs, default: the number of cores).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

readonly BUILD_DIR=build
readonly BUILD_TYPE=RelWithDebInfo
readonly JOBS="${JOBS:-$(nproc)}"
readonly LOG_DIR="${BUILD_DIR}/logs"

# Compilers and build tools, the libraries coopsim links, the HDF5/netCDF command-line tools
# the README uses to inspect output, and Python with what the analysis tools need.
readonly PACKAGES=(
    cmake ninja-build g++ pkg-config git
    libboost-dev libboost-program-options-dev libtbb-dev libhdf5-dev nlohmann-json3-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    openmpi-bin libopenmpi-dev libboost-mpi-dev
    hdf5-tools netcdf-bin
    python3 python3-h5py python3-numpy python3-pandas python3-pytest
    # The analysis tools (coopsim report, figures, export; analysis/): statistics, the charts,
    # the notebooks and their execution, and the headless browser with
    # which the tests open the HTML reports.
    python3-scipy python3-matplotlib
    python3-nbconvert python3-nbformat python3-nbclient python3-ipykernel
    python3-selenium chromium chromium-driver
)

step() { printf '\n==> %s\n' "$*"; }
fail() {
    printf 'setup.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

# Runs a command with its output in a log file, so a normal run stays short; on failure the
# end of the log is shown, with where to find the rest.
logged() {
    local name=$1
    shift
    mkdir -p "${LOG_DIR}"
    local log="${LOG_DIR}/${name}.log"
    if ! "$@" >"${log}" 2>&1; then
        tail -n 60 "${log}" >&2
        fail "'$*' failed; full log: ${log}"
    fi
}

missing_packages() {
    local package
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${db:Status-Abbrev}' "${package}" 2>/dev/null | grep -q '^ii'; then
            echo "${package}"
        fi
    done
}

install_packages() {
    command -v dpkg-query >/dev/null || fail "this script needs Debian 12 (no dpkg-query found)"
    local missing
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} == 0)); then
        step "Debian packages: all ${#PACKAGES[@]} installed"
        return
    fi
    step "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local as_root=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || fail "installing packages needs root or sudo"
        as_root=(sudo)
    fi
    # env passes the variable through sudo, which would otherwise drop it.
    logged apt-update "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    logged apt-install "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

# configure_and_build ON|OFF: whether to build the tests too.
configure_and_build() {
    local tests=$1
    if [[ -f "${BUILD_DIR}/CMakeCache.txt" ]] &&
        ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "${BUILD_DIR}/CMakeCache.txt"; then
        fail "${BUILD_DIR}/ was configured with another generator; remove it and run again"
    fi
    step "Configuring (${BUILD_TYPE}, tests ${tests}) in ${BUILD_DIR}/"
    logged configure cmake -S . -B "${BUILD_DIR}" -G Ninja \
        -DCMAKE_BUILD_TYPE="${BUILD_TYPE}" -DCOOPSIM_BUILD_TESTS="${tests}"
    step "Building with ${JOBS} jobs (log: ${LOG_DIR}/build.log)"
    local started=${SECONDS}
    logged build cmake --build "${BUILD_DIR}" -j "${JOBS}"
    echo "built in $((SECONDS - started)) s"
}

run_demo() {
    install_packages
    configure_and_build OFF
    step "Running scenarios/caldono.json"
    "${BUILD_DIR}/sim/cli/coopsim" run scenarios/caldono.json --out caldono.h5 --force
    step "Writing the report of the run"
    "${BUILD_DIR}/sim/cli/coopsim" report caldono.h5 --out caldono-report.html --force
    step "Done. The run's trajectories are in $(pwd)/caldono.h5"
    echo "Its report (open it in a browser): $(pwd)/caldono-report.html"
    echo "Look inside with:  h5dump -H caldono.h5   (or: ncdump -h caldono.h5)"
    echo "Run it yourself:   ${BUILD_DIR}/sim/cli/coopsim run --help"
}

run_tests() {
    install_packages
    configure_and_build ON
    step "Running the tests"
    local status=0
    ctest --test-dir "${BUILD_DIR}" --output-on-failure -j "${JOBS}" || status=$?
    # ctest hides a passing test's output: name each skip with its reason (absent data, ...).
    step "Skipped tests and why"
    tests/skipped_tests.sh "${BUILD_DIR}"
    return "${status}"
}

case "${1:-}" in
    demo) run_demo ;;
    test) run_tests ;;
    packages) printf '%s\n' "${PACKAGES[@]}" ;;
    -h | --help | help) usage ;;
    *)
        [[ -n "${1:-}" ]] && printf "setup.sh: unknown argument '%s'\n\n" "$1" >&2
        usage >&2
        exit 2
        ;;
esac
