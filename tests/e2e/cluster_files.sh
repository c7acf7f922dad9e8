#!/usr/bin/env bash
# The Kubernetes manifests and the container recipe (issue 17), checked
# without a cluster: the manifests parse; the secret is a read-only file of
# mode 0400, never an argument or a variable; --shard-count equals the
# completions; the container's user and settings are the manifests'. Then
# each manifest's own command runs here for every completion index, as the
# pods would run it (with /data and /secret put in a temporary folder): the
# deid outputs together are byte for byte one whole run's, and the shard
# projects merged hold what one local project holds.
#   tests/e2e/cluster_files.sh SOURCE_DIR VEIL_CLI
set -euo pipefail
src=$1 cli=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export OMP_THREAD_LIMIT=1 QT_QPA_PLATFORM=offscreen
unset SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT VEIL_PASSPHRASE

# What each manifest runs: completions, then the command as JSON.
python3 - "$src" "$work" <<'PY' || fail "manifests"
import json, sys, yaml
src, work = sys.argv[1], sys.argv[2]
for name in ("veil-deid-job", "veil-project-job"):
    job = list(yaml.safe_load_all(open(f"{src}/tools/cluster/{name}.yaml")))
    assert len(job) == 1 and job[0]["kind"] == "Job", name
    spec = job[0]["spec"]
    assert spec["completionMode"] == "Indexed", name
    pod = spec["template"]["spec"]
    (c,) = pod["containers"]
    env = {e["name"]: e["value"] for e in c["env"]}
    assert env.get("OMP_THREAD_LIMIT") == "1", name
    assert not any("key" in k.lower() or "pass" in k.lower() for k in env), f"{name}: a secret in the environment"
    secret = next(v for v in pod["volumes"] if "secret" in v)
    assert secret["secret"]["defaultMode"] == 0o400, f"{name}: the secret's mode"
    mount = next(m for m in c["volumeMounts"] if m["name"] == secret["name"])
    assert mount["readOnly"] and mount["mountPath"] == "/secret", name
    assert pod["securityContext"]["runAsUser"] == 10001 and pod["securityContext"]["runAsNonRoot"], name
    command = c["command"] + c["args"]
    text = " ".join(command)
    assert f"--shard-count {spec['completions']}" in text, f"{name}: --shard-count is not the completions"
    assert "--shard auto" in text, name
    for word in command:  # paths only: the secret's contents never on a command line
        assert not word.startswith("VEIL") and "passphrase " not in word.split("--passphrase-file")[0], name
    json.dump({"completions": spec["completions"], "command": command}, open(f"{work}/{name}.json", "w"))
PY

recipe=$src/installer/Containerfile
grep -qE '^FROM debian:12' "$recipe" || fail "Containerfile: not Debian 12"
grep -qE 'apt-get install .*veil_\*_amd64\.deb' "$recipe" || fail "Containerfile: does not install the package"
grep -qE '^USER 10001$' "$recipe" || fail "Containerfile: not the manifests' user"
grep -qE '^ENV .*OMP_THREAD_LIMIT=1' "$recipe" || fail "Containerfile: OMP_THREAD_LIMIT"
grep -qiE 'key|passphrase' <(grep -E '^(COPY|ADD|ENV)' "$recipe") && fail "Containerfile: a secret in the image"

# The pods' view: /data and /secret.
mkdir -p "$work/data" "$work/secret"
"$cli" make-demo "$work/data/in" >/dev/null
"$cli" keygen "$work/secret/project.key" >/dev/null
printf 'cluster files passphrase\n' >"$work/secret/passphrase"
chmod 0400 "$work/secret/project.key" "$work/secret/passphrase"
run_index() { # NAME INDEX: the manifest's command, with the paths of this folder
  python3 - "$work" "$1" "$cli" <<'PY' >"$work/cmd"
import json, shlex, sys
work, name, cli = sys.argv[1:]
c = json.load(open(f"{work}/{name}.json"))["command"]
c = [w.replace("/data", f"{work}/data").replace("/secret", f"{work}/secret").replace("veil-cli", cli) for w in c]
print(" ".join(shlex.quote(w) for w in c))
PY
  JOB_COMPLETION_INDEX=$2 bash -c "exec $(cat "$work/cmd")" >>"$work/$1.log" 2>&1 || {
    tail -20 "$work/$1.log"
    fail "$1: index $2"
  }
}
hashes() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

n=$(python3 -c "import json; print(json.load(open('$work/veil-deid-job.json'))['completions'])")
start=$(date +%s)
for ((i = 0; i < n; i++)); do run_index veil-deid-job "$i"; done
"$cli" deid "$work/data/in" --out "$work/whole" --key-file "$work/secret/project.key" >/dev/null
[ "$(hashes "$work/data/out")" = "$(hashes "$work/whole")" ] || fail "the $n pods' outputs are not one whole run's"
echo "deid job: $n indexes, $(find "$work/whole" -type f | wc -l) files, the same bytes as one whole run ($(($(date +%s) - start)) s)"

start=$(date +%s)
for ((i = 0; i < n; i++)); do run_index veil-project-job "$i"; done
export VEIL_PASSPHRASE='cluster files passphrase'
"$cli" project create "$work/merged.veil" --key-file "$work/secret/project.key" >/dev/null
"$cli" project merge "$work/merged.veil" "$work"/data/shards/shard-*.veil >"$work/merge.log" || fail "merge: $(cat "$work/merge.log")"
"$cli" project create "$work/local.veil" --key-file "$work/secret/project.key" >/dev/null
"$cli" project add "$work/local.veil" "$work/data/in" --auto >/dev/null 2>&1
listing() { "$cli" project status "$1" --list | grep -P '^\d+\t' | cut -f2- | sort; }
images=$(find "$work/data/in" -type f -name '*.dcm' | wc -l)
[ "$(listing "$work/local.veil" | wc -l)" -eq "$images" ] || fail "the local project does not list $images images"
[ "$(listing "$work/merged.veil")" = "$(listing "$work/local.veil")" ] || fail "the merged project is not the local one"
echo "project job: $n shard projects merged into the local run's project ($(($(date +%s) - start)) s): $(cat "$work/merge.log")"
