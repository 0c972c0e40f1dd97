#!/usr/bin/env bash
# extract.sh: writes the held-out Terraform sources pins.txt names, from git
# copies of the repositories (`fetch github:terraform-aws-modules/NAME` puts
# them in /work/.mirror; MIRROR= elsewhere). Each pin becomes NAME@TAG/: the
# repository's tree at that commit with its pictures, CI files and the
# examples not chosen left out (the modules, the chosen examples, the
# examples' fixtures and the LICENSE stay). Run it again after changing a
# pin; the tree it writes is committed, so CI needs no network.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mirror=${MIRROR:-/work/.mirror}
grep -v '^#' "$here/pins.txt" | while read -r name commit tag examples; do
	[ -n "$name" ] || continue
	git=$mirror/terraform-aws-modules+$name/repo
	full=$(git -C "$git" rev-parse "$tag^{commit}")
	case $full in "$commit"*) ;; *) echo "extract: $name $tag is $full, not $commit" >&2; exit 1 ;; esac
	out=$here/$name@$tag
	rm -rf "$out"
	mkdir -p "$out"
	skip=()
	for ex in $(git -C "$git" ls-tree --name-only "$tag" examples/); do
		keep=0
		for want in $examples fixtures README.md; do
			[ "$ex" = "examples/$want" ] && keep=1
		done
		[ $keep = 1 ] || skip+=(":!$ex")
	done
	git -C "$git" archive --format=tar "$tag" -- . ':!.github' \
		':!*.png' ':!*.jpg' ':!*.gif' ':!*.zip' ':!*.jar' \
		':!.pre-commit-config.yaml' ':!CHANGELOG.md' ':!.releaserc.json' \
		':!.editorconfig' "${skip[@]}" | tar -x -C "$out"
	printf '%s %s\n' "$full" "$tag" >"$out/.pin"
done
