#!/usr/bin/env bash
# Runs an image tar built by Jib (docker-save format) without a container engine: unpacks its
# layers in order, then runs the image's own entrypoint, environment and user in a chroot with
# /proc mounted (as a container runtime would). Needs root. Prints the output of the entrypoint
# with the given arguments. Usage: smoke.sh <jib-image.tar> [args...]
set -euo pipefail
tar=$(readlink -f "$1"); shift
work=$(mktemp -d)
trap 'umount "$work/root/proc" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/image" "$work/root"
tar -xf "$tar" -C "$work/image"
python3 - "$work" "$@" <<'PY'
import json, os, shutil, subprocess, sys, tarfile
work, args = sys.argv[1], sys.argv[2:]
manifest = json.load(open(f"{work}/image/manifest.json"))[0]
config = json.load(open(f"{work}/image/{manifest['Config']}"))["config"]
for layer in manifest["Layers"]:
    with tarfile.open(f"{work}/image/{layer}") as t:
        t.extractall(f"{work}/root")
os.makedirs(f"{work}/root/proc", exist_ok=True)
subprocess.run(["mount", "-t", "proc", "proc", f"{work}/root/proc"], check=True)
env = dict(e.split("=", 1) for e in config.get("Env", []))
user = config.get("User", "0")
command = config["Entrypoint"] + (args or config.get("Cmd") or [])
print("user", user, "entrypoint", " ".join(command[:6]), "...", file=sys.stderr)
result = subprocess.run([shutil.which("chroot"), f"--userspec={user}", f"{work}/root"] + command, env=env)
sys.exit(result.returncode)
PY
