#!/usr/bin/env bash
# t0260-artifacts: aws.s3.artifact against moto and against s3rver (which
# checks every signature, multipart parts included): a script uploaded to
# its content-addressed key, a second plan and apply that send nothing, a
# changed script replacing the artifact and updating the object whose
# content names its URI, 40 MiB uploaded in parts by an artifact and by an
# aws.s3.object and read back byte for byte, an object deleted or rewritten
# outside terrace put back (by an update that reads S3, not the state, also
# under -refresh=false), and destroy leaving the bucket empty. On moto
# (s3rver lists no multipart uploads): an apply killed during a multipart
# upload leaves it in progress and the next apply aborts it; with the CLI's
# progress hook in the binary, a second SIGTERM aborts the upload at once and a
# terminal shows progress lines.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
start_s3rver || test_fail_setup "s3rver did not start"

# The CLI's side of progress and stop (cmd/progress.c) is in the binary
# only once cmd/ calls it.
if nm "$TERRACE" 2>/dev/null | grep -q ' T progress_ui_setup$'; then
	progress_wired=yes
else
	progress_wired=
fi

artifact_stack () {
	write_stack stack.yaml '  bucket: {type: string}'
	cat >>stack.yaml <<-'YAML'
	resources:
	  art:
	    type: aws.s3.artifact
	    bucket: ${var.bucket}
	    source: scripts/bronze.py
	    prefix: glue/script/
	  job:
	    type: aws.s3.object
	    bucket: ${var.bucket}
	    key: jobs/bronze.yaml
	    content: "script_location: ${art.uri}\n"
	YAML
}

big_resources () {
	cat >>stack.yaml <<-'YAML'
	  big:
	    type: aws.s3.artifact
	    bucket: ${var.bucket}
	    source: data/big.bin
	    prefix: data/
	  bigobj:
	    type: aws.s3.object
	    bucket: ${var.bucket}
	    key: copies/big.bin
	    source: data/big.bin
	YAML
}

# The artifact's key for the script as it is now.
script_key () {
	echo "glue/script/bronze-$(sha256sum scripts/bronze.py | cut -c1-16).py"
}

count_lines () {
	grep -c -e "$2" "$1" || true
}

# Objects are read back with curl's own SigV4 (the aws CLI takes a second
# to start).
EMPTY_SHA256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
signed_curl () {
	curl -sSf -H "x-amz-content-sha256: $EMPTY_SHA256" --aws-sigv4 "aws:amz:us-east-1:s3" \
		-u "$TEST_ACCESS_KEY:$TEST_SECRET_KEY" "$@"
}

fetch () {
	signed_curl -o "$2" "$TEST_ENDPOINT/$TERRACE_VAR_bucket/$1"
}

# One response header of a HEAD of the object (name in lower case).
object_header () {
	signed_curl -I "$TEST_ENDPOINT/$TERRACE_VAR_bucket/$1" |
		tr -d '\r' | sed -n "s/^$2: //Ip"
}

object_sha256 () {
	signed_curl "$TEST_ENDPOINT/$TERRACE_VAR_bucket/$1" | sha256sum | cut -d" " -f1
}

multipart_uploads () {
	s3 s3api list-multipart-uploads --bucket "$TERRACE_VAR_bucket" --output json \
		--query 'Uploads[].Key' | python3 -c 'import json, sys
for k in sorted(json.load(sys.stdin) or []): print(k)'
}

# The whole suite of one server, in its own folder.
suite () {
	server=$1
	mkdir -p "$TRASH/$server" && cd "$TRASH/$server" || return 1
	use_server "$server"
	export TERRACE_VAR_bucket=artifacts-$server
	mkdir -p scripts data
	printf 'import sys\nprint("bronze to silver")\n' >scripts/bronze.py
	head -c $((40 << 20)) /dev/urandom >data/big.bin
	artifact_stack

	test_expect_success "$server: plan computes the artifact's key from the file" '
		s3 s3api create-bucket --bucket "$TERRACE_VAR_bucket" >/dev/null &&
		key=$(script_key) &&
		test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
		test_line out "+ resource \"aws.s3.artifact\" \"art\" {" &&
		test_match out "\+ key *= \"$key\"" &&
		test_match out "\+ uri *= \"s3://$TERRACE_VAR_bucket/$key\"" &&
		test_match out "\+ content_type *= \"text/x-python\"" &&
		test_contains out "+ content        = \"script_location: s3://$TERRACE_VAR_bucket/$key\n\"" &&
		test_line out "Plan: 2 to add, 0 to change, 0 to destroy."
	'

	test_expect_success "$server: apply uploads it under that key" '
		terrace apply -auto-approve >out 2>err &&
		test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
		fetch "$key" got.py &&
		test_cmp scripts/bronze.py got.py &&
		test_equal "$(sha256sum scripts/bronze.py | cut -d" " -f1)" \
			"$(object_header "$key" x-amz-meta-content-sha256)" &&
		test_equal text/x-python "$(object_header "$key" content-type)" &&
		fetch jobs/bronze.yaml job.txt &&
		test_equal "script_location: s3://$TERRACE_VAR_bucket/$key" "$(cat job.txt)"
	'

	test_expect_success "$server: a second plan has nothing to do" '
		test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
		test_line out "No changes. Your infrastructure matches the configuration."
	'

	test_expect_success "$server: applying again sends no bytes" '
		TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
		test_line out "Apply complete! Resources: 0 added, 0 changed, 0 destroyed." &&
		test_contains err "s3 HeadObject" &&
		test_not_contains err "s3 PutObject" &&
		test_not_contains err "s3 UploadPart" &&
		test_not_contains err "s3 CreateMultipartUpload"
	'

	test_expect_success "$server: a changed script replaces the artifact and updates its user" '
		old=$key &&
		printf "print(\"v2\")\n" >>scripts/bronze.py &&
		key=$(script_key) &&
		test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
		test_line out "# art must be replaced" &&
		test_match out "key *= \"$old\" -> \"$key\" # forces replacement" &&
		test_line out "# job will be updated in-place" &&
		test_contains out "\"script_location: s3://$TERRACE_VAR_bucket/$old\n\" -> \"script_location: s3://$TERRACE_VAR_bucket/$key\n\"" &&
		test_line out "Plan: 1 to add, 1 to change, 1 to destroy."
	'

	test_expect_success "$server: apply uploads the new key and deletes the old one" '
		terrace apply -auto-approve >out 2>err &&
		test_line out "Apply complete! Resources: 1 added, 1 changed, 1 destroyed." &&
		bucket_keys "$TERRACE_VAR_bucket" >keys &&
		printf "%s\n" "$key" jobs/bronze.yaml >expect &&
		test_cmp expect keys &&
		test_equal "$(sha256sum scripts/bronze.py | cut -d" " -f1)" "$(object_sha256 "$key")" &&
		fetch jobs/bronze.yaml job.txt &&
		test_equal "script_location: s3://$TERRACE_VAR_bucket/$key" "$(cat job.txt)"
	'

	test_expect_success "$server: a new content_type is copied in place, no bytes sent" '
		sed -i "s|^    prefix: glue/script/\$|&\n    content_type: text/plain|" stack.yaml &&
		test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
		test_line out "# art will be updated in-place" &&
		test_match out "content_type *= \"text/x-python\" -> \"text/plain\"" &&
		test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
		TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
		test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
		test_contains err "s3 CopyObject" &&
		test_not_contains err "s3 PutObject" &&
		test_equal text/plain "$(object_header "$key" content-type)" &&
		test_equal "$(sha256sum scripts/bronze.py | cut -d" " -f1)" \
			"$(object_header "$key" x-amz-meta-content-sha256)" &&
		test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
	'

	test_expect_success "$server: without content_type the extension decides again" '
		artifact_stack &&
		test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
		test_match out "content_type *= \"text/plain\" -> \"text/x-python\"" &&
		terrace apply -auto-approve >out 2>err &&
		test_equal text/x-python "$(object_header "$key" content-type)"
	'

	test_expect_success "$server: 40 MiB go up in parts, as an artifact and as an object" '
		big_resources &&
		bigkey=data/big-$(sha256sum data/big.bin | cut -c1-16).bin &&
		TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
		test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
		test_equal 2 "$(count_lines err "s3 CreateMultipartUpload")" &&
		test_equal 10 "$(count_lines err "s3 UploadPart")" &&
		test_equal 2 "$(count_lines err "s3 CompleteMultipartUpload")" &&
		test_contains err "s3 multipart upload of 41943040 bytes in 5 parts of 8388608 bytes" &&
		test_not_contains err "s3 AbortMultipartUpload" &&
		want=$(sha256sum data/big.bin | cut -d" " -f1) &&
		s3 s3 cp --only-show-errors "s3://$TERRACE_VAR_bucket/$bigkey" back.bin &&
		test_equal "$want" "$(sha256sum back.bin | cut -d" " -f1)" &&
		rm -f back.bin &&
		test_equal "$want" "$(object_sha256 copies/big.bin)" &&
		test_equal "" "$(multipart_uploads)" &&
		: without a terminal apply prints no progress lines &&
		test_not_contains out "MiB /" &&
		test_not_contains out "ETA"
	'

	test_expect_success "$server: the multipart artifact plans no change" '
		test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
	'

	test_expect_success "$server: an artifact deleted outside terrace is uploaded again" '
		s3 s3 rm --only-show-errors "s3://$TERRACE_VAR_bucket/$key" &&
		test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
		test_match out "^  # art will be created( \(it was deleted outside terrace\))?$" &&
		test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
		terrace apply -auto-approve >out 2>err &&
		test_equal "$(sha256sum scripts/bronze.py | cut -d" " -f1)" "$(object_sha256 "$key")"
	'

	test_expect_success "$server: bytes rewritten under the key are drift, put back in place" '
		echo "print(\"tampered\")" >tampered.py &&
		s3 s3 cp --only-show-errors tampered.py "s3://$TERRACE_VAR_bucket/$key" &&
		test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
		test_match out "^  # art will be updated in-place( \(it changed outside terrace\))?$" &&
		test_match out "content_sha256 *= null -> \"$(sha256sum scripts/bronze.py | cut -d" " -f1)\"" &&
		test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
		terrace apply -auto-approve >out 2>err &&
		test_equal "$(sha256sum scripts/bronze.py | cut -d" " -f1)" "$(object_sha256 "$key")" &&
		test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
	'

	test_expect_success "$server: an update converges from what S3 holds: apply -refresh=false uploads bytes rewritten under the key" '
		s3 s3 cp --only-show-errors tampered.py "s3://$TERRACE_VAR_bucket/$key" &&
		sed -i "s|^    prefix: glue/script/\$|&\n    content_type: text/plain|" stack.yaml &&
		TERRACE_LOG=debug terrace apply -refresh=false -auto-approve >out 2>err &&
		test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
		test_contains err "s3 PutObject" &&
		test_equal "$(sha256sum scripts/bronze.py | cut -d" " -f1)" "$(object_sha256 "$key")" &&
		test_equal text/plain "$(object_header "$key" content-type)" &&
		test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
		sed -i "/^    content_type: text\/plain\$/d" stack.yaml &&
		terrace apply -auto-approve >out 2>err &&
		test_equal text/x-python "$(object_header "$key" content-type)"
	'

	if test "$server" = moto; then
		moto_interrupts
	fi

	test_expect_success "$server: destroy deletes every object it uploaded" '
		terrace destroy -auto-approve >out 2>err &&
		test_match out "^Destroy complete! Resources: [0-9]+ destroyed\.$" &&
		bucket_keys "$TERRACE_VAR_bucket" >keys &&
		test_empty keys &&
		test_equal "" "$(multipart_uploads)"
	'
}

# moto lists multipart uploads; s3rver always lists none. One large upload
# at a time from here on: the 40 MiB object leaves the stack.
moto_interrupts () {
	test_expect_success 'moto: an apply killed during a multipart upload leaves it in progress' '
		artifact_stack &&
		big_resources &&
		sed -i "/^  bigobj:/,\$d" stack.yaml &&
		terrace apply -auto-approve >out 2>err &&
		test_line out "Apply complete! Resources: 0 added, 0 changed, 1 destroyed." &&
		head -c $((48 << 20)) /dev/urandom >data/big.bin &&
		bigkey=data/big-$(sha256sum data/big.bin | cut -c1-16).bin &&
		{ TERRACE_LOG=debug "$TERRACE" apply -auto-approve >killed.out 2>killed.err & } &&
		pid=$! &&
		wait_for_line killed.err "s3 UploadPart" $pid &&
		kill -KILL $pid &&
		{ wait $pid; test_equal 137 $?; } &&
		test_not_contains killed.err "s3 CompleteMultipartUpload" &&
		multipart_uploads >uploads &&
		echo "$bigkey" >expect &&
		test_cmp expect uploads
	'

	test_expect_success 'moto: the next apply aborts it, then uploads the file' '
		TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
		test_match out "^Apply complete! Resources: [0-9]+ added, [0-9]+ changed, [0-9]+ destroyed\.$" &&
		test_contains err "s3 ListMultipartUploads" &&
		test_equal 1 "$(count_lines err "s3 AbortMultipartUpload")" &&
		test_equal "" "$(multipart_uploads)" &&
		test_equal "$(sha256sum data/big.bin | cut -d" " -f1)" "$(object_sha256 "$bigkey")" &&
		test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
	'

	if test -z "$progress_wired"; then
		echo "# skipped: SIGTERM aborting an upload and terminal progress lines" \
			"(cmd/progress.c is not called by cmd/ in $TERRACE)"
		return 0
	fi

	# The first SIGTERM lets the operations in progress finish (t1222);
	# the second stops the providers: the upload is aborted at once.
	test_expect_success 'moto: a second SIGTERM during a multipart upload aborts it at once' '
		head -c $((48 << 20)) /dev/urandom >data/big.bin &&
		{ TERRACE_LOG=debug "$TERRACE" apply -auto-approve >term.out 2>term.err & } &&
		pid=$! &&
		wait_for_line term.err "s3 UploadPart" $pid &&
		kill -TERM $pid && sleep 0.2 && kill -TERM $pid &&
		{ wait $pid; test_equal 1 $?; } &&
		# the cut finds the upload sending its parts, or (on a loaded
		# machine, the parts all sent before the second signal is taken)
		# about to complete it: aborted either way, never completed
		test_match term.err "(interrupted: the upload of data/big.bin to s3://$TERRACE_VAR_bucket/data/big-[0-9a-f]{16}\.bin stopped after [0-9]+ of 6 parts|s3 CompleteMultipartUpload: interrupted after 1 attempt \(last: interrupted\)) \(the multipart upload was aborted\)" &&
		test_contains term.err "s3 AbortMultipartUpload" &&
		test_not_contains term.err "s3 CompleteMultipartUpload POST" &&
		test_equal "" "$(multipart_uploads)"
	'

	test_expect_success 'moto: on a terminal apply shows one progress line per upload' '
		env -u CI script -qfec "\"$TERRACE\" apply -auto-approve" typescript >/dev/null &&
		test_contains typescript "Apply complete!" &&
		test_match typescript "big: [0-9.]+ MiB / 48\.0 MiB \([0-9]+%\)" &&
		test_match typescript "big: 48\.0 MiB / 48\.0 MiB \(100%\), [0-9.]+ [KMG]iB/s, ETA 0s"
	'

	test_expect_success 'moto: CI=true keeps a terminal quiet' '
		head -c $((20 << 20)) /dev/urandom >data/big.bin &&
		CI=true script -qfec "\"$TERRACE\" apply -auto-approve" typescript >/dev/null &&
		test_contains typescript "Apply complete!" &&
		test_not_contains typescript "MiB /"
	'
}

suite moto
suite s3rver

test_done
