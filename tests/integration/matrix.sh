# tests/integration/matrix.sh: what the files of issue 39's matrix share
# (t1120-t1123; the stacks come from matrix.py, the runs and judgements
# from matrix_run.py). Sourced after lib.sh.

# matrix_servers: moto, PostgreSQL and OpenSSH, and the variables the
# stacks' providers read. The ssh.cron rows go to this file's own crontabs.
matrix_servers () {
	start_moto || test_fail_setup "moto did not start"
	use_server moto
	start_postgres || test_fail_setup "postgres did not start"
	start_sshd || test_fail_setup "sshd did not start"
	export TERRACE_VAR_pg_host=$PG_HOST TERRACE_VAR_pg_port=$PG_PORT
	export TERRACE_VAR_pg_password=$PG_PASSWORD TERRACE_VAR_ssh_port=$SSHD_PORT
	export TERRACE_VAR_known_hosts=$SSHD_KNOWN_HOSTS
	TERRACE_VAR_ssh_key=$(cat "$SSHD_KEY") && export TERRACE_VAR_ssh_key
	export MATRIX_REMOTE=$TRASH/host MATRIX_SERVERS=1 TERRACE
	# The python block's pip installs its empty requirements offline.
	export PIP_NO_INDEX=1 PIP_FIND_LINKS=$TRASH/wheelhouse
}

# matrix_setup: the stacks of $WAYS in m/ (and the stack the way `stack`
# reads, applied).
matrix_setup () {
	test_expect_success "setup: the stacks of the ways $WAYS" '
		mkdir -p wheelhouse host &&
		"$TERRACE" providers schema -json -written >schema.json &&
		s3 sts get-caller-identity --output text --query Account >account &&
		for w in $WAYS; do
			MATRIX_ACCOUNT=$(cat account) python3 "$TEST_DIR/matrix.py" schema.json m $w ||
				return 1
		done &&
		if test -d m/base; then
			(cd m/base && terrace apply -auto-approve >apply.out 2>apply.err)
		fi &&
		# a cell for every registered type, one for each of the four
		# blocks, one for the awscc type matrix.py adds and one for each of
		# the three objects the every-type stack makes for types that act
		# on what no aws type of it may be (a Route 53 zone, an awscc
		# queue and network ACL: every_type/applied_stack.py)
		test_equal "$(python3 -c "import json, sys
print(sum(len(p[\"resource_schemas\"]) for p in
          json.load(open(sys.argv[1]))[\"provider_schemas\"].values()
          if \"configured_by\" not in p) + 4 + 1 + 3)" schema.json)" \
			"$(wc -l <m/$(set -- $WAYS; echo $1)/cells)"
	'
}

# matrix_step PHASE WAY: matrix_run.py's PHASE for WAY as one step.
matrix_step () {
	test_expect_success "$2: $3" '
		python3 "$TEST_DIR/matrix_run.py" schema.json m '$1' '$2' >result.'$2' 2>&1;
		rc=$?; cat result.'$2'; test $rc = 0
	'
}

matrix_apply_step () {
	matrix_step apply $1 "apply, plan again, show -json, state show, output, console, destroy"
}

# matrix_apply_ways WAY...: the setup and an apply step for each way.
matrix_apply_ways () {
	WAYS="$*"
	matrix_setup
	for way in $WAYS; do
		matrix_apply_step $way
	done
}

# matrix_figures: the matrix's size, per command, summed over the ways.
matrix_figures () {
	test_expect_success 'the matrix'"'"'s size' '
		cat result.* | grep "^# figure:" | awk -F": " "
			{ split(\$3, n, \" \"); c[\$2] += n[1]; r[\$2] += n[4] }
			END { for (k in c) printf \"# figure: %s: %d cells tried, %d refused with a message\\n\", k, c[k], r[k] }" |
			sort >figures &&
		cat figures figures.* 2>/dev/null; test -s figures
	'
}
