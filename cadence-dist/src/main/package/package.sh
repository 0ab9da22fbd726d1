#!/usr/bin/env bash
# Builds the cadence command as a package that needs no Java on the machine, from the shaded jar:
#   cadence-VERSION-linux-x64.tar.gz   a tree to unpack anywhere (bin/cadence, the runtime, man
#                                      pages, completions, the SBOM)
#   cadence_VERSION_ARCH.deb           the same tree in /usr/lib/cadence, cadence on the PATH, the
#                                      man pages and the completions where man, bash and zsh look
# The runtime is made by jlink with the modules jdeps finds in the jar; the archives are
# reproducible (their times are the build's outputTimestamp, their owners root, their order sorted).
#
# Usage: package.sh VERSION OUTPUT_TIMESTAMP CADENCE_JAR MAN_DIR SBOM OUT_DIR
set -euo pipefail

version="$1" timestamp="$2" jar="$3" man_dir="$4" sbom="$5" out="$6"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"

for tool in jdeps jlink dpkg-deb dpkg gzip tar; do
  command -v "$tool" >/dev/null || { echo "package.sh: $tool is needed to build the package" >&2; exit 1; }
done
[ -f "$jar" ] || { echo "package.sh: $jar is missing (build cadence-cli first)" >&2; exit 1; }
ls "$man_dir"/*.1 >/dev/null 2>&1 || { echo "package.sh: no man pages in $man_dir" >&2; exit 1; }

export SOURCE_DATE_EPOCH
SOURCE_DATE_EPOCH="$(date -d "$timestamp" +%s)"
export TZ=UTC LC_ALL=C.UTF-8

rm -rf "$out"
work="$out/work"
mkdir -p "$work"
name="cadence-$version"
tree="$work/$name"
mkdir -p "$tree/bin" "$tree/lib" "$tree/share/man/man1" "$tree/share/doc/cadence" \
  "$tree/share/bash-completion/completions" "$tree/share/zsh/site-functions"

# The runtime: the modules the jar refers to (jdeps), and the character sets of old mail
# (jdk.charsets) and the elliptic curves of TLS to a PostgreSQL server (jdk.crypto.ec), which are
# found through services, not references. The command runs headless and draws nothing: of
# java.desktop (which JAXB and ical4j refer to, for java.beans) the native libraries for X11, the
# splash screen, fonts, sound, JPEG and colour profiles are left out, and with them their
# dependencies on the machine's libraries (freetype, harfbuzz, ALSA...); so is what a command
# never runs (keytool, rmiregistry, the CDS archive for heaps over 32 GB). A CDS archive of the
# runtime's own classes is generated (--generate-cds-archive): the launcher's archive of the
# command's classes is made on top of it.
modules="$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps "$jar")"
modules="$modules,jdk.charsets,jdk.crypto.ec"
jlink --add-modules "$modules" --output "$tree/runtime" \
  --strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive \
  --exclude-files='**/libawt_xawt.so,**/libsplashscreen.so,**/libjawt.so,**/libfontmanager.so,**/libjsound.so,**/libjavajpeg.so,**/liblcms.so,**/bin/keytool,**/bin/rmiregistry' \
  >/dev/null
# The archive for heaps over 32 GB is generated after the files are excluded: removed here.
rm "$tree/runtime/lib/server/classes_nocoops.jsa"

cp "$jar" "$tree/lib/cadence.jar"
cp "$here/cadence" "$tree/bin/cadence"
chmod 755 "$tree/bin/cadence"

# Man pages (gzip -n: no name or time in the header).
for page in "$man_dir"/*.1; do
  gzip -9n <"$page" >"$tree/share/man/man1/$(basename "$page").gz"
done

# Completion: picocli's bash script, from the command itself; zsh loads it through bashcompinit.
"$tree/runtime/bin/java" -jar "$jar" completion bash >"$tree/share/bash-completion/completions/cadence"
{
  echo "#compdef cadence"
  echo "# cadence's completion for zsh: picocli's bash completion, through zsh's bashcompinit."
  echo "autoload -U +X bashcompinit && bashcompinit"
  echo "# picocli's script makes compopt an alias, which a function file (read whole) cannot use."
  echo 'compopt() { complete "$@"; }'
  cat "$tree/share/bash-completion/completions/cadence"
  echo '_bash_complete -F _complete_cadence'
} >"$tree/share/zsh/site-functions/_cadence"

cp "$root/LICENSE" "$tree/share/doc/cadence/LICENSE"
cp "$root/CHANGELOG.md" "$tree/share/doc/cadence/CHANGELOG.md"
cp "$sbom" "$tree/share/doc/cadence/cadence.cdx.json"
cat >"$tree/share/doc/cadence/README" <<EOF
cadence $version: whom to reach out to next, and why.

  bin/cadence demo        today's queue and the week of a demo network
  bin/cadence --help      every command; man cadence, man cadence-today...

Put bin/ on your PATH (man then finds share/man beside it). Completion: source
share/bash-completion/completions/cadence in ~/.bashrc, or add share/zsh/site-functions to fpath.
The runtime in runtime/ is OpenJDK $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$tree/runtime/release"), made by jlink; cadence.cdx.json lists what the jar holds.
EOF

# Every file and directory: one time, root's, modes 755/644 (executables keep 755).
find "$tree" -type d -exec chmod 755 {} +
find "$tree" -type f -exec chmod u+w,go-w {} +
find "$tree" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

tar_reproducibly() { # OUTPUT DIR ENTRY...
  local output="$1" dir="$2"
  shift 2
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    --format=gnu -C "$dir" -cf - "$@" | gzip -6n >"$output"
}
mkdir -p "$out"
case "$(uname -m)" in x86_64) machine=x64 ;; *) machine="$(uname -m)" ;; esac
tar_reproducibly "$out/$name-linux-$machine.tar.gz" "$work" "$name"

# The .deb: the tree in /usr/lib/cadence; cadence on the PATH; man pages and completions where
# man, bash-completion and zsh look; the shared libraries the runtime needs as dependencies.
arch="$(dpkg --print-architecture)"
deb="$work/deb"
mkdir -p "$deb/DEBIAN" "$deb/usr/lib/cadence" "$deb/usr/bin" "$deb/usr/share/man" \
  "$deb/usr/share/bash-completion" "$deb/usr/share/zsh/vendor-completions" "$deb/usr/share/doc"
cp -a "$tree/bin" "$tree/lib" "$tree/runtime" "$deb/usr/lib/cadence/"
cp -a "$tree/share/man/man1" "$deb/usr/share/man/"
cp -a "$tree/share/bash-completion/completions" "$deb/usr/share/bash-completion/"
cp -a "$tree/share/zsh/site-functions/_cadence" "$deb/usr/share/zsh/vendor-completions/"
cp -a "$tree/share/doc/cadence" "$deb/usr/share/doc/"
rm "$deb/usr/share/doc/cadence/LICENSE" "$deb/usr/share/doc/cadence/README"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: cadence"
  echo
  echo "Files: *"
  echo "License: Apache-2.0"
  echo " On Debian systems, the full text is in /usr/share/common-licenses/Apache-2.0."
  echo " The Java runtime in /usr/lib/cadence/runtime is OpenJDK's, under its own licenses"
  echo " (/usr/lib/cadence/runtime/legal)."
} >"$deb/usr/share/doc/cadence/copyright"
ln -s ../lib/cadence/bin/cadence "$deb/usr/bin/cadence"

# The packages that hold the libraries the runtime's programs and libraries load.
depends="$(find "$deb/usr/lib/cadence/runtime" -type f \( -name '*.so' -o -perm -u+x \) -print0 \
  | xargs -0 ldd 2>/dev/null | awk '/=> \// { print $3 }' | sort -u \
  | while read -r lib; do dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true; done \
  | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g')"
deb_version="${version/-/\~}"
installed_size="$(du -sk --apparent-size "$deb/usr" | cut -f1)"
cat >"$deb/DEBIAN/control" <<EOF
Package: cadence
Version: $deb_version
Architecture: $arch
Maintainer: The Cadence authors <cadence@users.noreply.github.com>
Installed-Size: $installed_size
Depends: ${depends:-libc6}
Section: utils
Priority: optional
Homepage: https://github.com/cadence/cadence
Description: whom to reach out to next, and why
 Cadence turns your contacts (a LinkedIn export, your phone's contacts, your
 mail), the history of your touches and a set of rules into a ranked,
 explained follow-up queue, and a week's plan that fits the time you have.
 It brings its own Java runtime.
EOF
find "$deb" -type d -exec chmod 755 {} +
find "$deb" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zgzip -z9 --build "$deb" "$out/cadence_${deb_version}_${arch}.deb" >/dev/null

rm -rf "$work"
(cd "$out" && sha256sum ./*.tar.gz ./*.deb >SHA256SUMS)
ls -l "$out"
