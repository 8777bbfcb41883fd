# Sourced by the bench scripts: a plain-HTTP docker-registry on a free loopback port.
#   start_registry DIR   config, storage and log in DIR; sets $host (127.0.0.1:PORT) and
#                        $registry_pid; fails with the registry's log when it does not answer
#   stop_registry        stops it (safe to call when none was started)
registry_pid=

start_registry() {
  local dir=$1 port
  command -v docker-registry >/dev/null || { echo "needs docker-registry" >&2; return 1; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  host=127.0.0.1:$port
  cat >"$dir/config.yml" <<YAML
version: 0.1
log: {level: error}
storage:
  filesystem: {rootdirectory: $dir/storage}
  delete: {enabled: true}
http:
  addr: $host
YAML
  docker-registry serve "$dir/config.yml" >"$dir/registry.log" 2>&1 &
  registry_pid=$!
  for _ in $(seq 100); do
    curl -sf "http://$host/v2/" >/dev/null && return 0
    sleep 0.05
  done
  cat "$dir/registry.log" >&2
  return 1
}

stop_registry() {
  if [ -n "$registry_pid" ]; then
    kill "$registry_pid" 2>/dev/null || true
    wait "$registry_pid" 2>/dev/null || true
  fi
}
