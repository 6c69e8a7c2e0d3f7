#!/usr/bin/env bash
# A throwaway S3 server for the evidence-store tests: Ceph's RADOS Gateway (Debian's radosgw,
# ceph-mon and ceph-osd) on one monitor and one in-memory OSD, no cephx, no systemd, on
# 127.0.0.1 and a free port. A real S3 implementation: it checks version 4 signatures and part
# sizes, which the s3rver emulator the tests also use does not.
#
#   bash scripts/s3/radosgw.sh start DIR   prints S3_TEST_* lines for `export` (and writes DIR/env)
#   bash scripts/s3/radosgw.sh stop DIR    stops the daemons and deletes DIR
#
# Needs the packages: apt-get install --no-install-recommends radosgw ceph-mon ceph-osd (.ci/run
# installs them). Start-up takes about 16 s; the objects live in the OSD's memory (up to 2 GiB).
set -euo pipefail
command=${1:?start or stop}
DIR=${2:?the directory for the cluster}

stop() {
  for p in "$DIR"/client.rgw.a.pid "$DIR"/osd.*.pid "$DIR"/mon.*.pid; do
    [ -f "$p" ] && kill "$(cat "$p" 2>/dev/null)" 2>/dev/null || true
  done
  for _ in $(seq 1 20); do
    alive=0
    for p in "$DIR"/*.pid; do [ -f "$p" ] && kill -0 "$(cat "$p" 2>/dev/null)" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.5
  done
  for p in "$DIR"/*.pid; do [ -f "$p" ] && kill -9 "$(cat "$p" 2>/dev/null)" 2>/dev/null || true; done
  rm -rf "$DIR"
}

if [ "$command" = stop ]; then
  [ -d "$DIR" ] && stop
  exit 0
fi
[ "$command" = start ] || { echo "usage: radosgw.sh start|stop DIR" >&2; exit 2; }
for bin in radosgw ceph-mon ceph-osd radosgw-admin uuidgen; do
  command -v "$bin" >/dev/null || { echo "$bin is missing: apt-get install --no-install-recommends radosgw ceph-mon ceph-osd" >&2; exit 1; }
done

ACCESS_KEY=evidence-tests
SECRET_KEY=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
BUCKET=tracker-evidence
freeport() { /usr/bin/python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
MON_PORT=$(freeport)
RGW_PORT=$(freeport)

[ -d "$DIR" ] && stop
mkdir -p "$DIR"/{mon,osd,run,log}
FSID=$(uuidgen)
CONF="$DIR/ceph.conf"
# No cephx, so the messenger must allow plain crc to the monitor: radosgw asks for "secure" by
# default and waits five minutes for it. pg_num 8 and a high per-OSD limit let radosgw make its
# pools on one OSD.
cat >"$CONF" <<CONF
[global]
fsid = $FSID
mon_host = v2:127.0.0.1:$MON_PORT
public_network = 127.0.0.0/8
auth_cluster_required = none
auth_service_required = none
auth_client_required = none
auth_allow_insecure_global_id_reclaim = true
client_mount_timeout = 30
rados_mon_op_timeout = 30
ms_bind_msgr1 = false
ms_bind_msgr2 = true
ms_mon_client_mode = crc secure
ms_client_mode = crc secure
ms_mon_service_mode = crc secure
ms_service_mode = crc secure
ms_mon_cluster_mode = crc secure
ms_cluster_mode = crc secure
run_dir = $DIR/run
admin_socket = $DIR/run/\$name.asok
log_file = $DIR/log/\$name.log
pid_file = $DIR/\$name.pid
keyring = $DIR/keyring
osd_pool_default_size = 1
osd_pool_default_min_size = 1
osd_pool_default_pg_num = 8
osd_pool_default_pgp_num = 8
osd_pool_default_pg_autoscale_mode = off
osd_crush_chooseleaf_type = 0
mon_allow_pool_size_one = true
mon_max_pg_per_osd = 1000
mon_warn_on_pool_no_redundancy = false
[mon]
mon_data = $DIR/mon/\$name
mon_cluster_log_file = $DIR/log/cluster.log
[osd]
osd_data = $DIR/osd/\$name
osd_objectstore = memstore
memstore_device_bytes = 2147483648
osd_max_object_name_len = 460
osd_max_object_namespace_len = 64
[client.rgw.a]
rgw_frontends = beast endpoint=127.0.0.1:$RGW_PORT
rgw_thread_pool_size = 64
CONF
export CEPH_CONF="$CONF"

fail() {
  echo "radosgw.sh: $1" >&2
  tail -30 "$DIR"/log/*.log >&2 2>/dev/null || true
  stop
  exit 1
}

ceph-authtool --create-keyring "$DIR/keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
monmaptool --create --fsid "$FSID" --addv a "[v2:127.0.0.1:$MON_PORT]" "$DIR/monmap" >/dev/null
ceph-mon -c "$CONF" --mkfs -i a --monmap "$DIR/monmap" --keyring "$DIR/keyring"
ceph-mon -c "$CONF" -i a >>"$DIR/log/start.log" 2>&1
ceph -c "$CONF" --connect-timeout 30 -s >/dev/null || fail "the monitor did not start"

OSD_UUID=$(uuidgen)
OSD_ID=$(ceph -c "$CONF" osd new "$OSD_UUID")
mkdir -p "$DIR/osd/osd.$OSD_ID"
ceph-osd -c "$CONF" -i "$OSD_ID" --mkfs --osd-uuid "$OSD_UUID" >/dev/null 2>"$DIR/log/osd-mkfs.err"
ceph-osd -c "$CONF" -i "$OSD_ID" >>"$DIR/log/start.log" 2>&1
for _ in $(seq 1 60); do
  ceph -c "$CONF" osd dump 2>/dev/null | grep -q "^osd.$OSD_ID up" && break
  sleep 0.5
done
ceph -c "$CONF" osd dump | grep -q "^osd.$OSD_ID up" || fail "the OSD did not come up"

radosgw -c "$CONF" -n client.rgw.a >>"$DIR/log/start.log" 2>&1
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$RGW_PORT/" && break
  sleep 0.5
done
curl -sf -o /dev/null "http://127.0.0.1:$RGW_PORT/" || fail "radosgw did not answer"

radosgw-admin -c "$CONF" user create --uid=evidence-tests --display-name="Evidence tests" \
  --access-key="$ACCESS_KEY" --secret="$SECRET_KEY" >/dev/null
# The bucket, over S3 itself (curl signs the request; radosgw wants the payload hash header).
curl -sf -X PUT --aws-sigv4 "aws:amz:us-east-1:s3" --user "$ACCESS_KEY:$SECRET_KEY" \
  -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "http://127.0.0.1:$RGW_PORT/$BUCKET" -o /dev/null ||
  fail "could not make the bucket"

cat >"$DIR/env" <<ENV
S3_TEST_ENDPOINT=http://127.0.0.1:$RGW_PORT
S3_TEST_BUCKET=$BUCKET
S3_TEST_ACCESS_KEY_ID=$ACCESS_KEY
S3_TEST_SECRET_ACCESS_KEY=$SECRET_KEY
ENV
cat "$DIR/env"
