#!/usr/bin/env bash
# Adds a migration with the same name for both providers of one module (or of every module):
#   scripts/add-migration.sh <MigrationName> [Module]
# Module "Identity" is the host's users, roles and API keys.
# Both providers' model snapshots share a file name (<Context>ModelSnapshot.cs). `dotnet ef` saves the snapshot
# over the first file of that name it finds anywhere in the project, so the other provider's snapshot is moved
# out of the project while one provider's migration is added.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName> [Module]}
modules=${2:-"ProviderCrm Prescriptions Compounding Inventory Quality Billing Reporting"}
dotnet tool restore >/dev/null
hidden=$(mktemp -d)
trap 'rm -rf "$hidden"' EXIT
for module in $modules; do
  if [ "$module" = Identity ]; then
    project="src/Host/Pharmacy.Host"; context="PharmacyIdentityDbContext"; folder="Identity/Migrations"
  else
    project="src/Modules/$module/Pharmacy.Modules.$module"; context="${module}DbContext"; folder="Persistence/Migrations"
  fi
  snapshot="${context}ModelSnapshot.cs"
  dotnet build "$project" -v q -nologo >/dev/null
  for provider in Sqlite SqlServer; do
    other=$([ "$provider" = Sqlite ] && echo SqlServer || echo Sqlite)
    otherSnapshot="$project/$folder/$other/$snapshot"
    [ -f "$otherSnapshot" ] && mv "$otherSnapshot" "$hidden/$snapshot"
    status=0
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
      --context "$context" --output-dir "$folder/$provider" -- --provider "$provider" || status=$?
    [ -f "$hidden/$snapshot" ] && mv "$hidden/$snapshot" "$otherSnapshot"
    [ "$status" -eq 0 ] || exit "$status"
  done
done
