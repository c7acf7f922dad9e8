#!/usr/bin/env bash
# The help of every veil-cli command, as a help2man include file: the man
# page veil-cli(1) holds what `veil-cli COMMAND --help` says, so it never
# drifts from the program.
#   installer/man-commands.sh VEIL_CLI > commands.h2m
set -euo pipefail
cli=$1
export QT_QPA_PLATFORM=offscreen
echo "[COMMANDS]"
for command in info render make-demo keygen deid explain ocr template project review export pacs; do
  echo ".SS $command"
  echo ".nf"
  "$cli" "$command" --help 2>&1 | sed -e 's/\\/\\\\/g' -e 's/^\./\\\&./' -e '/^Exit codes:/,$d'
  echo ".fi"
done
cat <<'MORE'
[ENVIRONMENT]
.TP
.B VEIL_PASSPHRASE
The project passphrase, when neither --passphrase-file nor a prompt gives it.
.TP
.B OMP_THREAD_LIMIT
veil-cli sets it to 1 before it starts (Tesseract is many times slower without it).
.TP
.B SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT, JOB_COMPLETION_INDEX
Read by --shard auto.
[SEE ALSO]
.BR veil (1),
/usr/share/doc/veil/README.md (quick start), cli.md (every command), cluster.md
(whole archives on Slurm or Kubernetes; the job scripts in /usr/share/doc/veil/cluster)
MORE
