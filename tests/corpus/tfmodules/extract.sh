#!/usr/bin/env bash
# extract.sh: writes the corpus of terraform-aws-modules sources that
# pins.txt names, from git copies of the repositories (`fetch
# github:terraform-aws-modules/NAME` puts them in /work/.mirror; MIRROR=
# elsewhere). Each pin becomes NAME@REF/ holding the repository's tree at
# that commit with its pictures, CI files and archives left out: the
# modules, their examples, the examples' fixtures (an archive among them
# when the snapshot holds its blob) and the LICENSE. Each release
# registry.txt names (one an example's registry module call needs) becomes
# NAME@TAG/ with the module's files alone: no examples, tests, docs or
# wrappers; where pins.txt's release is that tag (vpc v5.21.0) its folder
# is the pin's, examples and all, as the registry's archive of a release
# holds them. NAME@REF/.pin holds "COMMIT REF VERSION", VERSION the release
# tag at the commit ("-" for none), the version count.py matches a registry
# module's constraint against. Run it again after changing a pin; the tree
# it writes is committed, so CI needs no network. `extract.sh NAME@REF...`
# writes those folders alone.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mirror=${MIRROR:-/work/.mirror}
only=("$@")
# wanted NAME@REF: whether the arguments name it (all when there are none)
wanted() {
	[ $# -eq 1 ] && return 0
	local one=$1
	shift
	for w in "$@"; do [ "$w" = "$one" ] && return 0; done
	return 1
}
# write_pin GIT COMMIT REF OUT: OUT/.pin, "COMMIT REF VERSION"
write_pin() {
	local version
	version=$(git -C "$1" tag --points-at "$2" | { grep -E '^v?[0-9]+\.[0-9]+\.[0-9]+$' ||
		true; } | sort -V | tail -n 1)
	printf '%s %s %s\n' "$2" "$3" "${version:--}" >"$4/.pin"
}
grep -v '^#' "$here/pins.txt" | while read -r name current release; do
	[ -n "$name" ] || continue
	git=$mirror/terraform-aws-modules+$name/repo
	for ref in "$current" "$release"; do
		wanted "$name@$ref" ${only[@]+"${only[@]}"} || continue
		out=$here/$name@$ref
		rm -rf "$out"
		commit=$(git -C "$git" rev-parse "$ref^{commit}")
		if [ "$ref" = "$release" ] &&
			[ "$commit" = "$(git -C "$git" rev-parse "$current^{commit}")" ]; then
			ln -s "$name@$current" "$out" # the release is the current commit
			continue
		fi
		mkdir -p "$out"
		# pathspecs, not tar's excludes: a snapshot may lack its largest
		# blobs (the archives), which git archive must never read
		git -C "$git" archive --format=tar "$ref" -- . ':!.github' \
			':!*.png' ':!*.jpg' ':!*.gif' ':!*.zip' ':!*.jar' \
			':!.pre-commit-config.yaml' ':!CHANGELOG.md' ':!.releaserc.json' \
			':!.editorconfig' | tar -x -C "$out"
		# an archive the snapshot holds is written after all (an example's
		# fixture, terraform-aws-lambda's existing_package.zip); one it lacks
		# stays out
		git -C "$git" ls-tree -r -z "$ref" |
			while IFS=$'\t' read -r -d '' meta path; do
				blob=${meta##* }
				case $path in *.zip | *.jar) ;; *) continue ;; esac
				if git -C "$git" cat-file -e "$blob" 2>/dev/null; then
					mkdir -p "$out/$(dirname "$path")"
					git -C "$git" cat-file blob "$blob" >"$out/$path"
				fi
			done
		write_pin "$git" "$commit" "$ref" "$out"
	done
done
grep -v '^#' "$here/registry.txt" | while read -r name tags; do
	[ -n "$name" ] || continue
	git=$mirror/terraform-aws-modules+$name/repo
	for tag in $tags; do
		wanted "$name@$tag" ${only[@]+"${only[@]}"} || continue
		# a pin of pins.txt already wrote it with its examples
		grep -qE "^$name[[:space:]]+[^[:space:]]+[[:space:]]+$tag[[:space:]]*\$" "$here/pins.txt" && continue
		out=$here/$name@$tag
		rm -rf "$out"
		mkdir -p "$out"
		commit=$(git -C "$git" rev-parse "$tag^{commit}")
		git -C "$git" archive --format=tar "$tag" -- . ':!.github' ':!examples' \
			':!tests' ':!docs' ':!wrappers' ':!*.md' ':!*.png' ':!*.jpg' \
			':!*.gif' ':!*.zip' ':!*.jar' ':!.pre-commit-config.yaml' \
			':!.releaserc.json' ':!.editorconfig' ':!.gitignore' | tar -x -C "$out"
		write_pin "$git" "$commit" "$tag" "$out"
	done
done
