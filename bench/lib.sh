# Shared by bench scripts that run the packaged app against a stub Training API (sourced, not run).
# Expects STUB_PORT, APP_PORT, JAR, work and the array pids (killed by the caller's cleanup).

# Starts the app with the given extra environment and waits until it answers (up to 60 s).
# APP_JAVA_OPTS sets the JVM's options (default -Xmx512m).
start_app() { # env...
  # shellcheck disable=SC2086
  env "$@" TRAINING_API_URL="http://127.0.0.1:$STUB_PORT/v1" QUARKUS_HTTP_PORT=$APP_PORT \
    QUARKUS_MANAGEMENT_PORT=$((APP_PORT + 100)) java ${APP_JAVA_OPTS:--Xmx512m} -jar "$JAR" > "$work/app.log" 2>&1 &
  app=$!; pids+=("$app")
  for _ in $(seq 1 120); do curl -sf "127.0.0.1:$APP_PORT/api/config" >/dev/null && return; sleep 0.5; done
  echo "app did not start" >&2; cat "$work/app.log" >&2; exit 1
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; }
# The stub's count of requests it has answered.
count() { curl -sf "127.0.0.1:$STUB_PORT/count"; }
