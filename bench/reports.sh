#!/usr/bin/env bash
# Times each report to the funder (model + .docx + .xlsx + HTML) for the largest seed plan with two years of
# generated follow-up, beside loading the follow-up alone. Target: each report under 500 ms (p95).
# Usage: HANKEVAHTI_SEEDS=/path/to/seeds bench/reports.sh [--runs N] [--warmup N] [--rows N]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Hankevahti.Bench -- reports "$@"
