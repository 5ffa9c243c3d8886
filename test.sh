#!/usr/bin/env bash
# Runs every test of OpenRem on a Debian machine with the .NET 10 SDK:
#   1. installs the Debian packages the tests use, when missing (dcmtk, orthanc, python3-pydicom, chromium);
#   2. checks that the shared material is beside the repository (../shared);
#   3. builds the solution once (Release) and runs all its test projects with `dotnet test`;
#   4. prints one line "N passed, N failed, N skipped" and exits non-zero if a test failed or the run failed.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# --- 1. Debian packages, each checked by a file it provides ---------------------------------------------------
missing=()
[[ -x /usr/bin/dcmdump ]] || missing+=(dcmtk)
[[ -x /usr/sbin/Orthanc ]] || missing+=(orthanc)
{ [[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import pydicom' 2>/dev/null; } || missing+=(python3-pydicom)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
if ((${#missing[@]} > 0)); then
    echo "test.sh: installing ${missing[*]}"
    as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        as_root=(sudo)
    fi
    "${as_root[@]}" apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

# --- 2. shared material (DICOM samples, peer scripts) -----------------------------------------------------------
shared="$(dirname "$(pwd)")/shared"
if [[ -d $shared ]]; then
    echo "test.sh: shared material: $shared"
else
    echo "test.sh: WARNING: $shared does not exist; tests that need the DICOM samples or the peer scripts will fail and say so"
fi

# --- 3. build once, then run every test project ------------------------------------------------------------------
dotnet build OpenRem.sln -c Release

# One project at a time, each into a results folder of its own: test processes started together can name their
# reports alike, and one report would then replace another.
results="$(pwd)/TestResults/test-sh"
rm -rf "$results"
status=0
set +e
while read -r project; do
    if grep -q '<IsTestProject>false</IsTestProject>' "$project"; then
        continue
    fi
    name=$(basename "$project" .csproj)
    dotnet test --project "$project" -c Release --no-build \
        --results-directory "$results/$name" --report-xunit-xml --timeout 30m </dev/null
    code=$?
    if ((code != 0)); then
        echo "test.sh: $name: dotnet test exited with code $code"
        status=$code
    fi
done < <(dotnet sln OpenRem.sln list | grep '^tests/' || true)
set -e

# --- 4. one summary line, from the xUnit.net XML report each test project wrote ---------------------------------
summary=$(/usr/bin/python3 - "$results" <<'PY'
import glob, sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
reports = glob.glob(sys.argv[1] + "/**/*.xunit.xml", recursive=True)
for path in reports:
    for assembly in ET.parse(path).getroot().iter("assembly"):
        count = lambda name: int(assembly.get(name, "0"))
        passed += count("passed")
        # "errors" are failures outside a test: a fixture or class that could not be set up or cleaned up.
        failed += count("failed") + count("errors")
        skipped += count("skipped")
print(passed, failed, skipped, len(reports))
PY
)
read -r passed failed skipped reports <<<"$summary"

# Every test project under tests/ in the solution must have written a report; test-support libraries there
# (<IsTestProject>false</IsTestProject>, such as OpenRem.Testing.Peers) write none.
expected=0
while read -r project; do
    if ! grep -q '<IsTestProject>false</IsTestProject>' "$project"; then
        expected=$((expected + 1))
    fi
done < <(dotnet sln OpenRem.sln list | grep '^tests/' || true)
run_failed=0
if ((status != 0)); then
    echo "test.sh: dotnet test exited with code $status"
    run_failed=1
fi
if ((reports < expected)); then
    echo "test.sh: the solution has $expected test projects but only $reports wrote results (one crashed or ran no test)"
    run_failed=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
if ((run_failed != 0 || failed > 0)); then
    exit 1
fi
