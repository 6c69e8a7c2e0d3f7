#!/usr/bin/env bash
# Checks the deployment recipe in deploy/ with the tools that run it, where they are installed:
# systemd-analyze verify on the unit, and nginx -t on the proxy configuration (with a throwaway
# certificate from openssl). Prints what it checked and what it could not; fails on any error.
#   bash scripts/check-deploy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

if command -v systemd-analyze >/dev/null 2>&1; then
  # The unit as installed, with this machine's node (verify checks that ExecStart exists).
  sed "s|^ExecStart=/usr/bin/node |ExecStart=$(command -v node) |" deploy/partnership-tracker.service \
    >"$tmp/partnership-tracker.service"
  if out=$(systemd-analyze verify "$tmp/partnership-tracker.service" 2>&1) && [ -z "$out" ]; then
    echo "deploy: systemd-analyze verify: partnership-tracker.service has no problems"
  else
    echo "deploy: systemd-analyze verify found problems:"; echo "$out"; status=1
  fi
  security=$(systemd-analyze security --offline=true "$tmp/partnership-tracker.service" 2>/dev/null | tail -n 1 || true)
  [ -n "$security" ] && echo "deploy: systemd-analyze security: ${security#→ }"
else
  echo "deploy: systemd-analyze is not installed here: the unit was not checked"
fi

if command -v nginx >/dev/null 2>&1; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj '/CN=tracker.example.org' \
    -keyout "$tmp/key.pem" -out "$tmp/cert.pem" >/dev/null 2>&1
  sed -e "s|/etc/letsencrypt/live/tracker.example.org/fullchain.pem|$tmp/cert.pem|" \
      -e "s|/etc/letsencrypt/live/tracker.example.org/privkey.pem|$tmp/key.pem|" \
      deploy/nginx.conf >"$tmp/site.conf"
  cat >"$tmp/nginx.conf" <<CONF
pid $tmp/nginx.pid;
error_log $tmp/error.log;
events {}
http {
  access_log off;
  client_body_temp_path $tmp;
  include $tmp/site.conf;
}
CONF
  if out=$(nginx -t -c "$tmp/nginx.conf" 2>&1); then
    echo "deploy: nginx -t: deploy/nginx.conf is valid"
  else
    echo "deploy: nginx -t found problems:"; echo "$out"; status=1
  fi
else
  echo "deploy: nginx is not installed here: the proxy configuration was not checked"
fi
exit $status
