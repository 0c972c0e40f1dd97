#!/usr/bin/env bash
# extract.sh: writes the corpus of CDK-synthesized templates that pins.txt
# names, from a git copy of awslabs/aws-solutions-constructs (`fetch
# github:awslabs/aws-solutions-constructs` puts it in /work/.mirror;
# MIRROR= elsewhere): for each pattern, each integration snapshot
# (test/integ.NAME.js.snapshot/) as PATTERN/NAME/ holding the stack's
# NAME.template.json, its NAME.assets.json and the asset payloads the
# snapshot carries (asset.HASH/ folders and files), as `cdk synth` wrote
# them into cdk.out; the integ runner's DeployAssert stacks, tree.json,
# manifest.json and metadata left out. The tree it writes is committed,
# so neither CI nor the suite needs a network.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mirror=${MIRROR:-/work/.mirror}
read -r repo commit < <(grep -v '^#' "$here/pins.txt" | grep -v '^pattern ' | head -n 1)
git=$mirror/${repo%%/*}+${repo##*/}/repo
git -C "$git" rev-parse -q --verify "$commit^{commit}" >/dev/null
out=$here/aws-solutions-constructs@${commit:0:9}
rm -rf "$out"
mkdir -p "$out"
git -C "$git" show "$commit:LICENSE.txt" >"$out/LICENSE.txt"
printf '%s %s\n' "$commit" "$repo" >"$out/.pin"
grep '^pattern ' "$here/pins.txt" | while read -r _ pattern; do
	dir=source/patterns/@aws-solutions-constructs/aws-$pattern/test
	git -C "$git" ls-tree -r --name-only "$commit" -- "$dir/" |
		grep '\.js\.snapshot/' | while read -r path; do
		snap=${path%%.js.snapshot/*} # .../test/[SUBFOLDER/]integ.NAME
		name=${snap##*/integ.}
		file=${path#*.js.snapshot/}
		case "$file" in
		*DeployAssert*) continue ;;
		"$name.template.json" | "$name.assets.json" | asset.*) ;;
		*) continue ;;
		esac
		mkdir -p "$(dirname "$out/$pattern/$name/$file")"
		git -C "$git" show "$commit:$path" >"$out/$pattern/$name/$file"
	done
done
