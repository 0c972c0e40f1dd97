#!/usr/bin/env bash
# tests/servers/build-tf-providers.sh: builds the Terraform providers of
# tests/servers/tf-providers/pins.txt (hashicorp/random, null, local,
# external, tls and http: those the terraform-aws-modules examples of
# tests/corpus/tfmodules need besides aws) from their real sources, offline,
# at a 2022-2023 release whose go.mod Debian 12's Go 1.19 can build, and
# writes them as a Terraform filesystem mirror:
#
#   build/tf-providers/mirror/registry.terraform.io/hashicorp/NAME/VERSION/OS_ARCH/
#       terraform-provider-NAME_vVERSION
#
# (TF_PROVIDERS_OUT= elsewhere). tests/twins/twins.py uses that mirror beside
# /opt/tf-plugins (hashicorp/aws) when it exists. No registry, GitHub or Go
# module proxy is needed: the modules Debian 12 lacks are committed, pruned
# to the packages the binaries import, in tests/servers/tf-providers/src/
# (tf-providers/extract.sh writes them from the pinned commits); the rest
# (grpc, protobuf, golang.org/x/*, ...) are Debian's golang-*-dev packages,
# installed here as root when missing. Go 1.19 builds them in GOPATH mode
# (GO111MODULE=off), CGO off as the upstream releases are, at nice 10 and two
# jobs: about 40 s of CPU a provider the first time, seconds after (the Go
# cache is build/tf-providers/gocache).
#
#   tests/servers/build-tf-providers.sh [NAME...]   (all of pins.txt's by default)
#
# Differences from the upstream release binaries: Debian's grpc 1.33,
# protobuf 1.28.1, golang/protobuf 1.5.2, genproto of 2020, x/crypto 0.4,
# x/net, x/sys, x/text, terraform-svchost and petname of 2019 instead of the
# versions the providers' go.sum pin (grpc 1.48-1.51 among them); the
# Terraform plugin modules, go-plugin, go-hclog and msgpack are the pinned ones.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
pins_dir=$here/tf-providers
out=${TF_PROVIDERS_OUT:-$root/build/tf-providers}

apt_packages=(
	golang-go
	golang-google-grpc-dev golang-google-protobuf-dev golang-github-golang-protobuf-1-5-dev
	golang-google-genproto-dev
	golang-golang-x-crypto-dev golang-golang-x-net-dev golang-golang-x-sys-dev golang-golang-x-text-dev
	golang-github-dustinkirkland-golang-petname-dev golang-github-hashicorp-go-uuid-dev
	golang-github-hashicorp-terraform-svchost-dev golang-github-hashicorp-yamux-dev
	golang-github-google-go-cmp-dev golang-github-fatih-color-dev
	golang-github-mattn-go-colorable-dev golang-github-mattn-go-isatty-dev
	golang-github-oklog-run-dev golang-github-mitchellh-go-testing-interface-dev
)
missing=()
for p in "${apt_packages[@]}"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "build-tf-providers.sh: as root, apt-get install ${missing[*]}" >&2
		exit 1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

pins=$(grep -v '^#' "$pins_dir/pins.txt" | grep .)
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || read -r -a wanted <<<"$(awk '{print $1}' <<<"$pins" | uniq | tr '\n' ' ')"
platform=$(go env GOOS)_$(go env GOARCH)
mkdir -p "$out"
for provider in "${wanted[@]}"; do
	grep -q "^$provider " <<<"$pins" || { echo "build-tf-providers.sh: no provider $provider in pins.txt" >&2; exit 1; }
	gopath=$out/gopath-$provider
	rm -rf "$gopath"
	main= version=
	while read -r p import v _repo _commit; do
		[ "$p" = "$provider" ] || continue
		[ -n "$main" ] || { main=$import; version=${v#v}; }
		mkdir -p "$gopath/src/$(dirname "$import")"
		cp -R "$pins_dir/src/$import@$v" "$gopath/src/$import"
	done <<<"$pins"
	dir=$out/mirror/registry.terraform.io/hashicorp/$provider/$version/$platform
	bin=$dir/terraform-provider-${provider}_v$version
	mkdir -p "$dir"
	echo "build-tf-providers.sh: building hashicorp/$provider $version from $main" >&2
	(cd "$gopath/src/$main" &&
		GO111MODULE=off GOFLAGS= GOPROXY=off CGO_ENABLED=0 GOPATH="$gopath:/usr/share/gocode" \
			GOCACHE="$out/gocache" nice -n 10 go build -p 2 -trimpath -o "$bin.tmp" .)
	cp "$pins_dir/src/$main@v$version"/LICENSE* "$dir/"
	mv "$bin.tmp" "$bin"
	rm -rf "$gopath"
	# another version of it, from an earlier pin, would be chosen too
	find "$out/mirror/registry.terraform.io/hashicorp/$provider" -mindepth 1 -maxdepth 1 ! -name "$version" -exec rm -rf {} +
	echo "$bin"
done
