#!/usr/bin/env bash
# Assembles the root filesystem of a base image for Jib's `scratch`, for builds that cannot pull
# the production base (eclipse-temurin:17-jre) because no container registry is reachable: a
# Java runtime jlinked from the build's own JDK at /opt/java/openjdk (where Temurin's image has
# it), the shared libraries that runtime links against, copied from this machine, an `app` user
# (uid 1000) and /tmp. Usage: assemble-base.sh <jdk home> <output dir>
set -euo pipefail
jdk=$1
out=$2
runtime=$out/opt/java/openjdk

rm -rf "$out"
mkdir -p "$out/etc" "$out/tmp" "$(dirname "$runtime")"
# java.se is what a JRE holds; the jdk.* modules are what Netty, Lettuce, the AWS SDK and TLS use.
"$jdk/bin/jlink" --add-modules java.se,jdk.crypto.ec,jdk.unsupported,jdk.management,jdk.naming.dns,jdk.zipfs,jdk.charsets \
    --strip-debug --no-man-pages --no-header-files --output "$runtime"

# Debian's JDK keeps its CA bundle outside the JDK (a symlink to /etc/ssl/certs/java/cacerts).
if [ ! -s "$runtime/lib/security/cacerts" ] || [ -L "$runtime/lib/security/cacerts" ]; then
    rm -f "$runtime/lib/security/cacerts"
    cp -L "$jdk/lib/security/cacerts" "$runtime/lib/security/cacerts"
fi

# Debian packages some of the JDK's own libraries (libjli) outside its jmods: take any library
# the runtime misses from the JDK it was linked from.
find "$runtime" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 | xargs -0 ldd 2>/dev/null \
    | awk '/=> not found/ { print $1 }' | sort -u | while read -r lib; do
        if [ -f "$jdk/lib/$lib" ]; then cp -L "$jdk/lib/$lib" "$runtime/lib/$lib"; fi
    done

# Every library the runtime's executables and .so files load, with the dynamic loader; the
# runtime's own libraries (found through its RPATH) are already there. "not found" entries
# are the X11 libraries of java.desktop's AWT, which a headless server never loads.
find "$runtime" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 ldd 2>/dev/null \
    | awk '/=> \// { print $3 } /^\t\/[^ ]+ \(/ { print $1 }' \
    | grep -v "^$runtime" | sort -u \
    | while read -r lib; do cp -L --parents "$lib" "$out"; done

printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:1000:1000:app:/tmp:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\napp:x:1000:\n' > "$out/etc/group"
printf 'hosts: files dns\n' > "$out/etc/nsswitch.conf"
echo "base root filesystem in $out: $(du -sh "$out" | cut -f1)"
