#!/usr/bin/env bash
# Times 1 GiB blob transfers through the jdxf facade against curl/openssl/JDK baselines, on a plain
# local docker-registry this script starts itself, and prints the ratios against the goals:
#   pull <= 1.1 x max(curl GET, JDK sha256 of the file)   (in a cold JVM and in a warm one)
#   push <= 1.1 x (curl monolithic upload + openssl dgst -sha256)
# Every push sends fresh content, so the registry never skips one. Each figure is a median of three.
#
# Usage: bench/transfer.sh [SIZE_MIB] (default 1024). Extra Maven flags: MAVEN_ARGS="-o ...".
# Needs: docker-registry, curl, openssl, java 17, mvn; the modules built (mvn install -DskipTests).
set -euo pipefail

size_mib=${1:-1024}
root=$(cd "$(dirname "$0")/.." && pwd)
# Files and the registry's storage go to /dev/shm when it has room (8 GiB for 1 GiB blobs): a
# disk's write-back of the gigabytes just written would otherwise slow whichever upload comes
# later, whatever the client. TMPDIR=... chooses another place.
shm_free_kib=$(df -Pk /dev/shm 2>/dev/null | awk 'NR==2 {print $4}')
if [[ -z ${TMPDIR:-} && -n $shm_free_kib ]] && ((shm_free_kib > 8 * size_mib * 1024)); then
  base=/dev/shm
else
  base=${TMPDIR:-/tmp}
fi
work=$(mktemp -d "$base/jdxf-bench.XXXXXX")
# shellcheck source=bench/registry.sh
. "$root/bench/registry.sh"
cleanup() {
  stop_registry
  rm -rf "$work"
}
trap cleanup EXIT

# --- the classpath of the facade's bench main (docs test classes) ---
# shellcheck disable=SC2086
mvn -B -q ${MAVEN_ARGS:-} -f "$root/docs/pom.xml" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
cp="$root/docs/target/test-classes:$root/docs/target/classes:$(cat "$work/cp.txt")"
bench() { java -Xmx512m -cp "$cp" dev.jdxf.docs.TransferBench "$@"; }

# --- a plain registry on a free port ---
start_registry "$work"

# --- fresh content: one file per push (seeded, so never what the registry already has) ---
make_file() { # seed path  (openssl dies of SIGPIPE when head has enough: not a failure)
  { openssl enc -aes-128-ctr -nosalt -pass "pass:jdxf-bench-$1-$$-$RANDOM" -pbkdf2 -iter 1 \
    </dev/zero 2>/dev/null || true; } | head -c $((size_mib * 1024 * 1024)) >"$2"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.3f}')"; }
# timed ARRAY CMD...: runs CMD (its output discarded) and appends its wall time to ARRAY
timed() {
  local -n into=$1
  local t0 t1
  shift
  t0=$(now)
  "$@" >/dev/null
  t1=$(now)
  into+=("$(elapsed "$t0" "$t1")")
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rounds=3

# --- the jdxf command: whole runs, JVM start included (as curl's times include curl's start) ---
jdxf=${JDXF:-$root/app/target/jdxf/bin/jdxf}
[[ -x $jdxf ]] || "$root/jdxf" --version >/dev/null
export DXF_HOST=$host DXF_INSECURE=1 JDXF_CACHE_DIR=$work/jdxf-cache
# a first run of each command writes the launcher's class-data archive (as a user's first use)
head -c 4096 /dev/urandom >"$work/small.bin"
small=$("$jdxf" push-blob bench/cli "$work/small.bin")
"$jdxf" pull-blob bench/cli "$small" >/dev/null

# --- push, in rounds (the registry's own pace varies from upload to upload; the median counts):
# curl's monolithic upload (POST, then PUT ?digest= with the body) after openssl dgst, the
# facade, the jdxf command; each on a fresh file. The registry slows as its storage fills (each
# GiB in /dev/shm is RAM: the third upload of a round took up to twice the first's, for curl as for
# jdxf), so the order turns from round to round and each takes each place once in three rounds.
# Before the next round, the blobs just stored are removed from the registry's storage; the last
# round's are kept to pull.
openssl_runs=() curl_put_runs=() facade_push_runs=() cli_push_runs=()
push_curl() {
  make_file "b$1" "$work/b.bin"
  local t0 t1 t2 location sep
  t0=$(now)
  digest_b=sha256:$(openssl dgst -sha256 -r "$work/b.bin" | cut -d' ' -f1)
  t1=$(now)
  location=$(curl -sf -X POST -D - -o /dev/null "http://$host/v2/bench/curl/blobs/uploads/" \
    | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  [[ $location == http* ]] || location="http://$host$location"
  sep='?'; [[ $location == *\?* ]] && sep='&'
  # --data-binary @file would read the whole file into memory (curl refuses 1 GiB); -T streams it
  curl -sf -X PUT -H 'Content-Type: application/octet-stream' -T "$work/b.bin" \
    -o /dev/null "$location${sep}digest=$digest_b"
  t2=$(now)
  openssl_runs+=("$(elapsed "$t0" "$t1")")
  curl_put_runs+=("$(elapsed "$t1" "$t2")")
  rm -f "$work/b.bin"
}
push_facade() {
  make_file "a$1" "$work/a.bin"
  local push_s
  read -r _ push_s digest_a < <(bench push "$host" bench/facade "$work/a.bin")
  facade_push_runs+=("$push_s")
}
push_cli() {
  make_file "c$1" "$work/c.bin"
  local t0 t1
  t0=$(now)
  digest_c=$("$jdxf" push-blob bench/cli "$work/c.bin")
  t1=$(now)
  cli_push_runs+=("$(elapsed "$t0" "$t1")")
}
pushers=(push_curl push_facade push_cli)
for round in $(seq "$rounds"); do
  if ((round > 1)); then rm -rf "$work/storage/docker/registry/v2/blobs"; fi
  for k in 0 1 2; do
    "${pushers[$(((k + round - 1) % 3))]}" "$round"
  done
done
openssl_s=$(median "${openssl_runs[@]}")
curl_put_s=$(median "${curl_put_runs[@]}")
facade_push_s=$(median "${facade_push_runs[@]}")
cli_push_s=$(median "${cli_push_runs[@]}")

# --- pull: curl GET, JDK sha256, the facade, the jdxf command ---
# A fresh JVM spends its first seconds compiling (the SHA-256 intrinsic only runs once C2 has
# compiled the hashing loop); a service that embeds jdxf runs warm. Both are measured, the same
# way for the JDK's hash and for the facade: cold, the median of three fresh JVMs; warm, the third
# round in one JVM. curl and the jdxf command: the median of three runs.
curl_runs=() sha_runs=() pull_runs=() cli_pull_runs=() curl_openssl_runs=()
curl_openssl() { curl -sf "http://$host/v2/bench/facade/blobs/$digest_a" | openssl dgst -sha256; }
for _ in $(seq "$rounds"); do
  timed curl_runs curl -sf "http://$host/v2/bench/facade/blobs/$digest_a"
  timed curl_openssl_runs curl_openssl
  read -r _ sha_s jdk_digest < <(bench sha256 "$work/a.bin")
  [[ $jdk_digest == "$digest_a" ]] || { echo "JDK digest $jdk_digest != pushed $digest_a"; exit 1; }
  sha_runs+=("$sha_s")
  read -r _ pull_s pulled < <(bench pull "$host" bench/facade "$digest_a" /dev/null)
  [[ $pulled == "$digest_a $((size_mib * 1024 * 1024))" ]] || { echo "pulled $pulled"; exit 1; }
  pull_runs+=("$pull_s")
  timed cli_pull_runs "$jdxf" pull-blob bench/cli "$digest_c"
done
curl_get_s=$(median "${curl_runs[@]}")
jdk_sha_s=$(median "${sha_runs[@]}")
facade_pull_s=$(median "${pull_runs[@]}")
cli_pull_s=$(median "${cli_pull_runs[@]}")
curl_openssl_s=$(median "${curl_openssl_runs[@]}")
read -r _ jdk_sha_warm_s _ < <(bench sha256 "$work/a.bin" "$rounds" | tail -1)
read -r _ facade_pull_warm_s _ < <(bench pull "$host" bench/facade "$digest_a" /dev/null "$rounds" |
  tail -1)
read -r _ facade_pull_file_s _ < <(bench pull "$host" bench/facade "$digest_a" "$work/pulled.bin")
cmp -s "$work/a.bin" "$work/pulled.bin" || { echo "pulled file differs"; exit 1; }

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average (1/5/15 min) before: $load_before  after: $load_after  on $(nproc) CPUs"
echo "files and registry storage in $base"
python3 - "$size_mib" "$openssl_s" "$curl_put_s" "$facade_push_s" "$curl_get_s" "$jdk_sha_s" \
  "$facade_pull_s" "$facade_pull_file_s" "$jdk_sha_warm_s" "$facade_pull_warm_s" \
  "$cli_push_s" "$cli_pull_s" "$curl_openssl_s" <<'PY'
import sys
(mib, openssl, curl_put, push, curl_get, jdk_sha, pull, pull_file, jdk_sha_warm,
 pull_warm, cli_push, cli_pull, curl_openssl) = map(float, sys.argv[1:])
def rate(s): return f"{mib / s:8.1f} MiB/s"
print(f"blob size                     {mib:.0f} MiB   (medians of 3 runs; warm: a JVM's 3rd round)")
print(f"openssl dgst -sha256          {openssl:7.3f} s  {rate(openssl)}")
print(f"curl POST + PUT upload        {curl_put:7.3f} s  {rate(curl_put)}")
print(f"facade push (hash + upload)   {push:7.3f} s  {rate(push)}")
print(f"jdxf push-blob (whole run)    {cli_push:7.3f} s  {rate(cli_push)}")
print(f"curl GET > /dev/null          {curl_get:7.3f} s  {rate(curl_get)}")
print(f"curl GET | openssl dgst       {curl_openssl:7.3f} s  {rate(curl_openssl)}  "
      "(a verified pull with native tools, for reference)")
print(f"JDK sha256, cold JVM          {jdk_sha:7.3f} s  {rate(jdk_sha)}")
print(f"JDK sha256, warm JVM          {jdk_sha_warm:7.3f} s  {rate(jdk_sha_warm)}")
print(f"facade pull > /dev/null, cold {pull:7.3f} s  {rate(pull)}")
print(f"facade pull > /dev/null, warm {pull_warm:7.3f} s  {rate(pull_warm)}")
print(f"facade pull > file, cold      {pull_file:7.3f} s  {rate(pull_file)}")
print(f"jdxf pull-blob > /dev/null    {cli_pull:7.3f} s  {rate(cli_pull)}  (whole run)")
def verdict(value, goal): return f"goal <= 1.10  {'OK' if value <= 1.1 * goal else 'MISSED'}"
push_goal = curl_put + openssl
print(f"push ratio      {push / push_goal:5.2f} x (curl upload + openssl)          "
      + verdict(push, push_goal))
print(f"push ratio jdxf  {cli_push / push_goal:5.2f} x (curl upload + openssl)          "
      + verdict(cli_push, push_goal))
for name, p, sha in (("cold", pull, jdk_sha), ("warm", pull_warm, jdk_sha_warm),
                     ("jdxf", cli_pull, jdk_sha)):
    goal = max(curl_get, sha)
    print(f"pull ratio {name} {p / goal:5.2f} x max(curl GET, JDK sha256 "
          f"{'cold' if name == 'jdxf' else name})  " + verdict(p, goal))
PY
