#!/usr/bin/env bash
# Start-up cost of a small jdxf command, against curl on the same request.
#
# Starts a plain-http docker-registry on a free loopback port (temporary directory, removed at
# the end), pushes one small blob, then times N runs each of
#   jdxf blob-size REPO DIGEST         (the packaged distribution, its class-data cache made first)
#   curl -sI http://HOST/v2/REPO/blobs/DIGEST
#   jdxf --version                     (a path that reaches no store, for comparison)
# and prints both medians and their ratio, with a bare `java -version` of the JVM the launcher
# picked as the yardstick of how loaded the machine is (0.04 s on an idle one). The launcher picks a
# Java 25 or later when one is installed (for its AOT cache); jdxf is then timed on a Java 17 to 24
# from /usr/lib/jvm too (with its AppCDS archive), or the other way round, each with its own
# bare-JVM yardstick.
#
# usage: bench/startup.sh [N]        (N defaults to 20)
#   JDXF=path/to/bin/jdxf  the launcher to time (default: app/target/jdxf/bin/jdxf, built if absent)
#   JDXF_JAVA=...          the java binary bin/jdxf uses (e.g. a Java 25 JDK's bin/java)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
jdxf=${JDXF:-$PWD/app/target/jdxf/bin/jdxf}
if [ ! -x "$jdxf" ]; then
  echo "building the distribution..." >&2
  ./jdxf --version >/dev/null
fi
# shellcheck source=bench/registry.sh
. bench/registry.sh
work=$(mktemp -d)
cleanup() {
  stop_registry
  rm -rf "$work"
}
trap cleanup EXIT
start_registry "$work"

export DXF_HOST=$host DXF_INSECURE=1 JDXF_CACHE_DIR=$work/cache
head -c 4096 /dev/urandom >"$work/blob"
digest=$("$jdxf" push-blob bench/startup "$work/blob")

# median wall time in seconds of N runs of a command
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.4f\n", m / 1e6}'
}

# the java binary bin/jdxf runs (with JDXF_JAVA as given), and its major version
launcher_java() {
  local home
  home=$(JDXF_JAVA_OPTS=-XshowSettings:properties "$jdxf" --version 2>&1 >/dev/null |
    sed -n 's/^ *java.home = //p')
  echo "${home:+$home/bin/java}"
}
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

url="http://$host/v2/bench/startup/blobs/$digest"
t_curl=$(median curl -sI "$url")
echo "runs:              $runs"
echo "curl -sI:          ${t_curl} s (median)"

# times jdxf blob-size on the JVM the launcher picks with JDXF_JAVA=$1 (empty: its default)
time_jdxf() {
  local java t_jdxf t_jvm size
  java=$(JDXF_JAVA=$1 launcher_java)
  java=${java:-${1:-java}}
  # the first blob-size run writes the class-data archive or AOT cache; warm it, check the answer
  size=$(JDXF_JAVA=$1 "$jdxf" blob-size bench/startup "$digest")
  [ "$size" = 4096 ] || { echo "blob-size said '$size'" >&2; exit 1; }
  JDXF_JAVA=$1 "$jdxf" blob-size bench/startup "$digest" >/dev/null
  t_jdxf=$(JDXF_JAVA=$1 median "$jdxf" blob-size bench/startup "$digest")
  t_version=$(JDXF_JAVA=$1 median "$jdxf" --version)
  t_jvm=$(median "$java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -version)
  echo "java:              $java (Java $(java_major "$java"))"
  echo "jdxf blob-size:    ${t_jdxf} s (median)"
  echo "jdxf --version:    ${t_version} s (median; reaches no store)"
  echo "bare JVM:          ${t_jvm} s (median of java -version, for the machine's load)"
  awk -v a="$t_jdxf" -v b="$t_curl" 'BEGIN { printf "ratio jdxf/curl:   %.1f\n", a / b }'
}

time_jdxf "${JDXF_JAVA:-}"
# The launcher's pick is a Java 25 or later when one is installed (for its AOT cache); time the other
# kind of JDK under /usr/lib/jvm too (AppCDS on 17 to 24, the AOT cache on 25 or later), the first
# found, as a comparison.
default_java=$(JDXF_JAVA=${JDXF_JAVA:-} launcher_java)
default_major=$(java_major "${default_java:-java}")
for release in /usr/lib/jvm/*/release; do
  [ -r "$release" ] && [ -x "${release%/release}/bin/java" ] || continue
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  [ "${v:-0}" -ge 17 ] || continue
  if { [ "${default_major:-0}" -ge 25 ] && [ "$v" -lt 25 ]; } ||
    { [ "${default_major:-0}" -lt 25 ] && [ "$v" -ge 25 ]; }; then
    time_jdxf "${release%/release}/bin/java"
    break
  fi
done
echo "load average:      $(cut -d' ' -f1-3 /proc/loadavg)"
