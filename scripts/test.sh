#!/usr/bin/env bash
# The whole test run: install Chromium and the OpenAPI linter when missing, restore, build with no warnings, run every test project,
# print one summary line.
# Benchmarks are not part of it (see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
if [ -z "${PHARMACY_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests..."
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

# The OpenAPI lint test runs the pinned Redocly CLI (Node.js from the machine's packages).
if [ ! -d tests/openapi-lint/node_modules ]; then
  echo "Installing the OpenAPI linter..."
  npm ci --prefix tests/openapi-lint --no-audit --no-fund >/dev/null
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet restore Pharmacy.Monolith.sln
dotnet build Pharmacy.Monolith.sln --no-restore -nologo -clp:NoSummary 2>&1 | tee "$results/build.log"
if grep -E -q ": warning [A-Z]+[0-9]+" "$results/build.log"; then
  echo "The build printed warnings; the build must be free of them." >&2
  exit 1
fi

status=0
dotnet test Pharmacy.Monolith.sln --no-build -nologo --logger "trx" --results-directory "$results" || status=$?

python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed"))
    failed += int(counters.get("failed")) + int(counters.get("error"))
    skipped += int(counters.get("total")) - int(counters.get("executed"))
print(f"Tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
