#!/usr/bin/env bash
# The GitHub Action's check step (action.yml). Inputs come as INPUT_* environment variables,
# never spliced into the script, so a path or a rule list cannot inject shell code.
#
# It checks once for the SARIF report and once for the workflow annotations, and ends with the
# status of `coach check`: 0 passed, 1 findings at or above fail-on, 2 input errors, 4 a broken
# install. The outputs sarif-file and exit-code go to $GITHUB_OUTPUT.
set -uo pipefail

paths=()
if [[ "${INPUT_PATHS:-.}" == *$'\n'* ]]; then
  while IFS= read -r line; do
    [[ -n "${line//[[:space:]]/}" ]] && paths+=("$line")
  done <<< "${INPUT_PATHS}"
else
  read -r -a paths <<< "${INPUT_PATHS:-.}"
fi
[[ ${#paths[@]} -eq 0 ]] && paths=(.)

options=(--fail-on "${INPUT_FAIL_ON:-error}")
[[ -n "${INPUT_NOTES:-}" ]] && options+=(--notes "$INPUT_NOTES")
[[ -n "${INPUT_SELECT:-}" ]] && options+=(--select "$INPUT_SELECT")
[[ -n "${INPUT_IGNORE:-}" ]] && options+=(--ignore "$INPUT_IGNORE")
sarif="${INPUT_SARIF_FILE:-coach-results.sarif}"

coach check "${paths[@]}" "${options[@]}" --format sarif > "$sarif"
sarif_status=$?
coach check "${paths[@]}" "${options[@]}" --format github
status=$?
if [[ $sarif_status -ge 2 && $status -lt 2 ]]; then
  status=$sarif_status
fi

if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  {
    echo "sarif-file=$sarif"
    echo "exit-code=$status"
  } >> "$GITHUB_OUTPUT"
fi
exit "$status"
