#!/usr/bin/env bash
# tests/servers/tf-providers/extract.sh: writes src/, the Go sources
# build-tf-providers.sh builds the Terraform providers of pins.txt from, out
# of git copies of their repositories (`fetch github:OWNER/NAME` puts them
# in /work/.mirror; MIRROR= elsewhere). Each pin becomes
# src/IMPORT-PATH@VERSION/ holding, of the module's tree at its commit, only
# the packages the provider's binary imports (as `go list -deps` finds them
# with Debian's golang-*-dev packages for the rest), each package's
# non-test .go files, and the module's LICENSE and go.mod. Run it again after
# changing a pin (Debian's Go packages installed: build-tf-providers.sh
# installs them); the tree it writes is committed, so neither CI nor a clean
# machine needs a network beyond Debian's archive.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mirror=${MIRROR:-/work/.mirror}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -rf "$here/src"
pins=$(grep -v '^#' "$here/pins.txt" | grep .)
for provider in $(awk '{print $1}' <<<"$pins" | uniq); do
	gopath=$tmp/$provider
	main=
	while read -r p import version repo commit; do
		[ "$p" = "$provider" ] || continue
		main=${main:-$import}
		mkdir -p "$gopath/src/$import"
		git --git-dir="$mirror/${repo/\//+}/repo" archive "$commit" | tar -x -C "$gopath/src/$import"
	done <<<"$pins"
	deps=$(cd "$gopath/src/$main" && GO111MODULE=off GOFLAGS= GOPATH="$gopath:/usr/share/gocode" \
		go list -deps -f '{{if not .Standard}}{{.Dir}}{{end}}' .)
	while read -r p import version repo commit; do
		[ "$p" = "$provider" ] || continue
		from=$gopath/src/$import
		to=$here/src/$import@$version
		mkdir -p "$to"
		cp "$from"/LICENSE* "$from/go.mod" "$to/"
		grep -E "^$from(/|\$)" <<<"$deps" | while read -r dir; do
			rel=${dir#"$from"}
			mkdir -p "$to$rel"
			find "$dir" -maxdepth 1 -type f \( -name '*.go' -o -name '*.s' \) ! -name '*_test.go' \
				-exec cp {} "$to$rel/" \;
		done
	done <<<"$pins"
done
