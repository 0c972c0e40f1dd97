# tests/integration/s3_backend_suite.sh: the S3 state backend's steps, run
# by t0420 against moto and by t0421 against s3rver (two files, so they run
# side by side), and its journal's steps, run by t0422 (moto) and t0423
# (s3rver). Sourced after lib.sh, with the server started; then
# `backend_suite moto|s3rver` or `journal_suite moto|s3rver`.
# get_state FILE: the state object, read with the aws CLI.
get_state () {
	s3 s3api get-object --bucket tfstate --key "$TEST_NAME/terrace.state.json" "$1" >/dev/null
}

# write_buckets N PREFIX: the stack with a remote backend and N buckets.
write_buckets () {
	write_stack stack.yaml
	cat >>stack.yaml <<-'EOF2'
	backend:
	  type: s3
	  bucket: tfstate
	  region: us-east-1
	  path_style: true
	resources:
	EOF2
	for i in $(seq -w 1 "$1"); do
		echo "  b$i: {type: aws.s3.bucket, name: $2-$i, tags: {n: \"$i\"}}"
	done >>stack.yaml
}

# journal_keys: the objects under the state's KEY.journal/, sorted.
journal_keys () {
	bucket_keys tfstate | grep "^$TEST_NAME/terrace.state.json.journal/" || true
}

# live_folder FILE: the journal folder of the state stored as FILE (its
# bytes as get-object wrote them): KEY.journal/SERIAL-LINEAGE/MD5/.
live_folder () {
	printf "%s/terrace.state.json.journal/%020d-%s/%s/\n" "$TEST_NAME" \
		"$(json_get "$1" "d[\"serial\"]")" "$(json_get "$1" "d[\"lineage\"]")" \
		"$(md5sum <"$1" | cut -c1-32)"
}

# put_record KEY SERIAL LINEAGE BASE SEQ CHANGES: a journal record as
# terrace writes one, stored at KEY.
put_record () {
	python3 -c 'import json, sys
print(json.dumps({"journal": 1, "serial": int(sys.argv[1]), "lineage": sys.argv[2],
		  "base": sys.argv[3], "seq": int(sys.argv[4]),
		  "resources": json.loads(sys.argv[5]), "data": {}}))' "$2" "$3" "$4" "$5" "$6" >rec.json &&
	s3 s3api put-object --bucket tfstate --key "$1" --body rec.json >/dev/null
}

# with_journal_buckets N PREFIX: write_buckets 10 $server-rs, then N more
# buckets jNN named PREFIX-NN (two digits).
with_journal_buckets () {
	write_buckets 10 "$server-rs" &&
	for i in $(seq 1 "$1"); do
		printf "  j%02d: {type: aws.s3.bucket, name: %s-%02d}\n" "$i" "$2" "$i"
	done >>stack.yaml
}

# suite_start SERVER: the suite's folder for SERVER and the backend's
# endpoint and keys for it in the environment (server: its name).
suite_start () {
	server=$1
	use_server "$server"
	mkdir -p "$TRASH/$server" && cd "$TRASH/$server" || return 1
	export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT
	export TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY
	export TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY
}

backend_suite () {
	suite_start "$1" || return 1

	test_expect_success "$server: apply keeps the state in the bucket, not beside the stack" '
		s3 s3api create-bucket --bucket tfstate >/dev/null &&
		write_buckets 3 $server-rs &&
		terrace apply -auto-approve >out 2>err &&
		test_contains out "Apply complete! Resources: 3 added" &&
		! test -e terrace.state.json &&
		get_state st.json &&
		test_equal "b1 b2 b3" "$(json_get st.json "\" \".join(sorted(d[\"resources\"]))")" &&
		test_equal "$server-rs-2" "$(json_get st.json "d[\"resources\"][\"b2\"][\"id\"]")" &&
		test_equal "[]" "$(s3 s3api list-objects-v2 --bucket tfstate --prefix "$TEST_NAME/terrace.state.json.lock" --query "Contents[].Key" --output json | tr -d " \n" | sed s/null/[]/)"
	'

	# One copy per write of the whole state: the first apply created the
	# state with its first write and wrote it whole once more at its end
	# (each resource in between went to the journal).
	test_expect_success "$server: each write keeps the previous state under .history/" '
		n1=$(bucket_keys tfstate | grep -c "^$TEST_NAME/terrace.state.json.history/") &&
		test "$n1" -ge 1 &&
		sed -i "s/tags: {n: \"1\"}/tags: {n: \"one\"}/" stack.yaml &&
		terrace apply -auto-approve >out 2>err &&
		test_contains out "1 changed" &&
		n2=$(bucket_keys tfstate | grep -c "^$TEST_NAME/terrace.state.json.history/") &&
		test "$n2" -gt "$n1" &&
		last=$(bucket_keys tfstate | grep "^$TEST_NAME/terrace.state.json.history/" | sort -t/ -k3 -n | tail -n 1) &&
		s3 s3api get-object --bucket tfstate --key "$last" prev.json >/dev/null &&
		get_state st.json &&
		test_equal $(( $(json_get st.json "d[\"serial\"]") - 1 )) "$(json_get prev.json "d[\"serial\"]")"
	'

	test_expect_success "$server: a saved plan applies to the remote state from another folder; it names the backend without credentials" '
		sed -i "s/tags: {n: \"2\"}/tags: {n: \"two\"}/" stack.yaml &&
		terrace plan -out=remote.plan >out 2>err &&
		test_equal "s3 tfstate no-credentials" "$(json_get remote.plan "\" \".join([
			d[\"snapshot\"][\"backend\"][\"type\"], d[\"snapshot\"][\"backend\"][\"bucket\"],
			\"no-credentials\" if not {\"access_key\", \"secret_key\"} & set(d[\"snapshot\"][\"backend\"]) else \"credentials\"])")" &&
		get_state before.json &&
		mkdir -p elsewhere && (cd elsewhere && terrace apply ../remote.plan >../out 2>../err) &&
		test_contains out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
		! test -e elsewhere/terrace.state.json && ! test -e terrace.state.json &&
		get_state st.json &&
		test_equal $(( $(json_get before.json "d[\"serial\"]") + 1 )) "$(json_get st.json "d[\"serial\"]")" &&
		test_equal two "$(json_get st.json "d[\"resources\"][\"b2\"][\"attributes\"][\"tags\"][\"n\"]")"
	'

	test_expect_success "$server: state pull prints the stored state" '
		terrace state pull >pulled.json 2>err &&
		get_state st.json &&
		test_cmp st.json pulled.json
	'

	test_expect_success "$server: a second apply fails naming the holder; -lock-timeout waits; nothing lost" '
		write_buckets 25 $server-rs
		"$TERRACE" apply -auto-approve -parallelism 1 >first.out 2>first.err </dev/null &
		first=$! &&
		wait_for_line first.out ": Creating..." $first &&
		kill -STOP $first &&
		{ terrace apply -auto-approve >out 2>err; rc=$?; kill -CONT $first; test $rc = 1; } &&
		test_match err "^Error: state is locked by [^ ]+@[^ ]+ \(pid $first\) for apply since [^ ]+ \(lock id [^)]+\)$" &&
		test_contains err "pid $first is still running on this host: wait for it to finish" &&
		test_not_contains out "Creating..." &&
		terrace plan -lock-timeout 5m -detailed-exitcode >second.out 2>second.err &&
		test_line second.out "No changes. Your infrastructure matches the configuration." &&
		wait $first &&
		test_line first.out "Apply complete! Resources: 25 added, 0 changed, 3 destroyed." &&
		get_state st.json &&
		test_equal 25 "$(json_get st.json "len(d[\"resources\"])")"
	'

	test_expect_success "$server: a killed apply leaves a lock that force-unlock clears" '
		write_buckets 40 $server-rs
		"$TERRACE" apply -auto-approve -parallelism 1 >killed.out 2>killed.err </dev/null &
		victim=$! &&
		wait_for_line killed.out ": Creating..." $victim &&
		kill -9 $victim && { wait $victim; true; } &&
		s3 s3api get-object --bucket tfstate --key "$TEST_NAME/terrace.state.json.lock" lock.json >/dev/null &&
		test_equal $victim "$(json_get lock.json "d[\"pid\"]")" &&
		id=$(json_get lock.json "d[\"id\"]") &&
		test_expect_code 1 terrace plan >out 2>err &&
		test_contains err "(lock id $id)" &&
		test_contains err "pid $victim is no longer running on this host" &&
		test_contains err "remove it with: terrace force-unlock -force $id" &&
		test_expect_code 1 terrace plan -lock-timeout=1s >out 2>err &&
		test_contains err "Acquiring state lock (waiting up to 1s)" &&
		test_contains err "Error: timed out after 1s waiting for the state lock: state is locked by" &&
		test_expect_code 1 terrace force-unlock -force 00000000-0000-4000-8000-000000000000 >out 2>err &&
		test_contains err "the lock'"'"'s id is $id, not 00000000-0000-4000-8000-000000000000; nothing removed" &&
		terrace force-unlock -force "$id" >out 2>err &&
		test_match out "^Removed the state lock $id held by [^ ]+ \(pid $victim\) for apply since " &&
		test_expect_code 255 s3 s3api head-object --bucket tfstate --key "$TEST_NAME/terrace.state.json.lock" 2>/dev/null &&
		terrace apply -auto-approve >out 2>err &&
		test_contains out "Apply complete!" &&
		get_state st.json &&
		test_equal 40 "$(json_get st.json "len(d[\"resources\"])")"
	'

	test_expect_success "$server: state push refuses an older serial and another lineage" '
		terrace state pull >cur.json &&
		serial=$(json_get cur.json "d[\"serial\"]") &&
		python3 -c "import json,sys; d=json.load(open(\"cur.json\")); d[\"serial\"]-=1; json.dump(d, open(\"older.json\",\"w\"))" &&
		test_expect_code 1 terrace state push older.json >out 2>err &&
		test_line err "Error: state push: the file'"'"'s serial $((serial - 1)) is older than the stored state'"'"'s $serial; -force to replace it anyway" &&
		python3 -c "import json,sys; d=json.load(open(\"cur.json\")); d[\"lineage\"]=\"11111111-1111-4111-8111-111111111111\"; json.dump(d, open(\"foreign.json\",\"w\"))" &&
		test_expect_code 1 terrace state push foreign.json >out 2>err &&
		test_contains err "differs from the stored state" &&
		get_state st.json &&
		test_equal "$serial" "$(json_get st.json "d[\"serial\"]")" &&
		terrace state push cur.json >out 2>err &&
		test_line out "Pushed cur.json: serial $((serial + 1))." &&
		get_state st.json &&
		test_equal "$((serial + 1))" "$(json_get st.json "d[\"serial\"]")" &&
		terrace state push -force older.json >out 2>err &&
		get_state st.json &&
		test_equal "$((serial + 2))" "$(json_get st.json "d[\"serial\"]")"
	'

	test_expect_success "$server: a state changed behind terrace between load and save is not overwritten" '
		write_buckets 60 $server-rs
		"$TERRACE" apply -auto-approve -parallelism 1 >race.out 2>race.err </dev/null &
		racer=$! &&
		wait_for_line race.out ": Creating..." $racer &&
		kill -STOP $racer &&
		get_state theirs.json &&
		echo " " >>theirs.json &&
		{ s3 s3api put-object --bucket tfstate --key "$TEST_NAME/terrace.state.json" \
			--body theirs.json >/dev/null; rc=$?; kill -CONT $racer; test $rc = 0; } &&
		{ wait $racer; rc=$?; test $rc = 1; } &&
		test_contains race.err "the stored state changed since terrace read it (another writer?); refusing to overwrite it" &&
		get_state now.json &&
		test_cmp theirs.json now.json
	'

	test_expect_success "$server: a state object that is not JSON is refused, naming its history" '
		get_state good.json &&
		printf "{\n  \"serial\": \n" >broken.json &&
		s3 s3api put-object --bucket tfstate --key "$TEST_NAME/terrace.state.json" \
			--body broken.json >/dev/null &&
		test_expect_code 1 terrace plan >out 2>err &&
		test_contains err "s3://tfstate/$TEST_NAME/terrace.state.json:3:1: state object is not valid JSON" &&
		test_contains err "(earlier versions are kept under s3://tfstate/$TEST_NAME/terrace.state.json.history/)" &&
		test_expect_code 255 s3 s3api head-object --bucket tfstate --key "$TEST_NAME/terrace.state.json.lock" 2>/dev/null &&
		get_state now.json &&
		test_cmp broken.json now.json &&
		s3 s3api put-object --bucket tfstate --key "$TEST_NAME/terrace.state.json" \
			--body good.json >/dev/null
	'

	test_expect_success "$server: the backend: block refuses variables, with its position" '
		mkdir -p bad && write_stack bad/stack.yaml &&
		printf "backend:\n  type: s3\n  bucket: \"\${var.endpoint}\"\n" >>bad/stack.yaml &&
		test_expect_code 1 terrace validate -stack bad >out 2>err &&
		test_contains err "bad/stack.yaml:" &&
		test_contains err "backend: \"bucket\" cannot use \${...}"
	'
	cd "$TRASH" || return 1
}

# journal_suite moto|s3rver: the S3 backend's journal (plan/backend_s3.c),
# run by t0422 against moto and by t0423 against s3rver: records of another
# state ignored and deleted by the next save, an apply ending with one whole
# state and no record left, and a kill -9 held at the closing write losing
# no create reported done.
journal_suite () {
	suite_start "$1" || return 1
	FAULT_UPSTREAM=$TEST_ENDPOINT

	test_expect_success "$server: ten buckets with the state in the bucket" '
		s3 s3api create-bucket --bucket tfstate >/dev/null &&
		write_buckets 10 $server-rs &&
		terrace apply -auto-approve >out 2>err &&
		test_contains out "Apply complete! Resources: 10 added" &&
		journal_keys >left &&
		test_empty left
	'

	test_expect_success "$server: a journal record that does not extend the stored state is ignored; the next save deletes it" '
		get_state st.json &&
		serial=$(json_get st.json "d[\"serial\"]") &&
		lineage=$(json_get st.json "d[\"lineage\"]") &&
		md5=$(md5sum <st.json | cut -c1-32) &&
		live=$(live_folder st.json) &&
		j=$TEST_NAME/terrace.state.json.journal &&
		older=$(printf "%s/%020d-%s/%s/0000000001.json" "$j" $((serial - 1)) "$lineage" "$md5") &&
		other=$(printf "%s/%020d-%s/%032d/0000000001.json" "$j" "$serial" "$lineage" 0) &&
		put_record "$older" $((serial - 1)) "$lineage" "$md5" 1 "{\"b01\": null}" &&
		put_record "$other" "$serial" "$lineage" 00000000000000000000000000000000 1 "{\"b02\": null}" &&
		terrace state list >listed &&
		grep -qx b01 listed && grep -qx b02 listed &&
		test_equal 10 "$(wc -l <listed)" &&
		put_record "${live}0000000001.json" "$serial" "$lineage" "$md5" 1 "{\"b03\": null}" &&
		terrace state list >listed &&
		! grep -qx b03 listed &&
		test_equal 9 "$(wc -l <listed)" &&
		printf "not json" >rec.json &&
		s3 s3api put-object --bucket tfstate --key "${live}0000000002.json" --body rec.json >/dev/null &&
		test_expect_code 1 terrace state list >out 2>err &&
		test_contains err "s3://tfstate/${live}0000000002.json: not a journal record of the state stored at s3://tfstate/$TEST_NAME/terrace.state.json (serial $serial); remove it to load the state without it" &&
		s3 s3api delete-object --bucket tfstate --key "${live}0000000001.json" >/dev/null &&
		s3 s3api delete-object --bucket tfstate --key "${live}0000000002.json" >/dev/null &&
		terrace state list >listed &&
		test_equal 10 "$(wc -l <listed)" &&
		journal_keys >stale &&
		grep -qxF "$older" stale && grep -qxF "$other" stale &&
		sed -i "s/tags: {n: \"03\"}/tags: {n: \"three\"}/" stack.yaml &&
		terrace apply -auto-approve >out 2>err &&
		test_contains out "1 changed" &&
		journal_keys >left &&
		test_empty left
	'

	# Eight creates, sixteen changes made durable one by one (pending, then
	# created), and one write of the whole state: the serial moves by one,
	# one .history/ copy is kept.
	test_expect_success "$server: apply ends with one whole state and no journal object left" '
		with_journal_buckets 8 $server-jr &&
		sed -i "s/tags: {n: \"03\"}/tags: {n: \"three\"}/" stack.yaml &&
		get_state before.json &&
		h1=$(bucket_keys tfstate | grep -c "^$TEST_NAME/terrace.state.json.history/") &&
		terrace apply -auto-approve -parallelism 1 >out 2>err &&
		test_contains out "Apply complete! Resources: 8 added, 0 changed, 0 destroyed." &&
		journal_keys >after &&
		test_empty after &&
		get_state st.json &&
		test_equal 18 "$(json_get st.json "len(d[\"resources\"])")" &&
		test_equal $(( $(json_get before.json "d[\"serial\"]") + 1 )) "$(json_get st.json "d[\"serial\"]")" &&
		h2=$(bucket_keys tfstate | grep -c "^$TEST_NAME/terrace.state.json.history/") &&
		test_equal $((h1 + 1)) "$h2"
	'

	# As t0080 for the local journal. The apply is held at its closing write
	# (its .history/ copy goes to a proxy that never answers), every create
	# done and reported, and killed there: the state object was not written
	# since the apply began, its changes are journal objects, and the state
	# loaded next holds every bucket reported created (nothing is left to
	# do); the next apply that changes something writes it whole.
	test_expect_success "$server: an apply writes journal objects; after a kill -9 every bucket reported created is in the state loaded next" '
		with_journal_buckets 20 $server-jr &&
		get_state before.json &&
		live=$(live_folder before.json) &&
		start_fault_proxy TERRACE_BACKEND_ENDPOINT hold \
			--match "^PUT /tfstate/$TEST_NAME/terrace.state.json.history/" --fault silent
		"$TERRACE" apply -auto-approve -parallelism 2 >kill.out 2>kill.err </dev/null &
		victim=$! &&
		test -s before.json && test -n "$live" && test -s hold.port &&
		for i in $(seq 6000); do
			grep -q " silent PUT " hold.log 2>/dev/null && break
			kill -0 $victim 2>/dev/null || break
			sleep 0.1
		done &&
		grep -q " silent PUT " hold.log &&
		kill -9 $victim && { wait $victim; test_equal 137 $?; } &&
		stop_fault_proxy TERRACE_BACKEND_ENDPOINT &&
		test_not_contains kill.out "Apply complete!" &&
		get_state mid.json &&
		test_cmp before.json mid.json &&
		journal_keys >during &&
		test -s during &&
		! grep -vF "$live" during &&
		n=$(wc -l <during) &&
		for i in $(seq 1 $n); do printf "%s%010d.json\n" "$live" $i; done >expect &&
		test_cmp expect during &&
		sed -n "s/^\(j[0-9]*\): Creation complete.*/\1/p" kill.out | sort >reported &&
		test_equal 12 "$(wc -l <reported)" &&
		terrace state list | sort >listed &&
		comm -23 reported listed >missing &&
		test_empty missing &&
		s3 s3 cp "s3://tfstate/$TEST_NAME/terrace.state.json.lock" lock.json >/dev/null &&
		terrace force-unlock -force "$(json_get lock.json "d[\"id\"]")" >out 2>err &&
		terrace plan -detailed-exitcode >out 2>err &&
		test_line out "No changes. Your infrastructure matches the configuration." &&
		sed -i "s/tags: {n: \"05\"}/tags: {n: \"five\"}/" stack.yaml &&
		terrace apply -auto-approve -parallelism 2 >out 2>err &&
		test_contains out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
		get_state st.json &&
		test_equal 30 "$(json_get st.json "len(d[\"resources\"])")" &&
		journal_keys >after &&
		test_empty after &&
		test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
	'

	cd "$TRASH" || return 1
}
