#!/usr/bin/env bash
# Adds a migration with the same name for both providers of one module (or of every module):
#   scripts/add-migration.sh <MigrationName> [Module]
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName> [Module]}
modules=${2:-"ProviderCrm Prescriptions Compounding Inventory Quality Billing Reporting"}
dotnet tool restore >/dev/null
for module in $modules; do
  project="src/Modules/$module/Pharmacy.Modules.$module"
  dotnet build "$project" -v q -nologo >/dev/null
  for provider in Sqlite SqlServer; do
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
      --context "${module}DbContext" --output-dir "Persistence/Migrations/$provider" \
      --namespace "Pharmacy.Modules.$module.Persistence.Migrations.$provider" -- --provider "$provider"
  done
done
