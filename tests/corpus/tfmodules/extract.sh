#!/usr/bin/env bash
# extract.sh: writes the corpus of terraform-aws-modules sources that
# pins.txt names, from git copies of the repositories (`fetch
# github:terraform-aws-modules/NAME` puts them in /work/.mirror; MIRROR=
# elsewhere). Each pin becomes NAME@REF/ holding the repository's tree at
# that commit with its pictures, CI files and archives left out: the
# modules, their examples, the examples' fixtures (an archive among them
# when the snapshot holds its blob) and the LICENSE. Run it
# again after changing a pin; the tree it writes is committed, so CI
# needs no network.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mirror=${MIRROR:-/work/.mirror}
grep -v '^#' "$here/pins.txt" | while read -r name current release; do
	[ -n "$name" ] || continue
	git=$mirror/terraform-aws-modules+$name/repo
	for ref in "$current" "$release"; do
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
		printf '%s %s\n' "$commit" "$ref" >"$out/.pin"
	done
done
