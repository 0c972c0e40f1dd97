# every_type/counts.sh: sourced by t0810 and t0815 after lib.sh.
# count_all PREFIX prints "TYPE COUNT" for every aws type: how many objects
# moto holds of the stack applied_stack.py made with that PREFIX
# (counts.py, straight against moto, not through any fault proxy).
count_all () {
	AWS_ACCESS_KEY_ID=$TEST_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$TEST_SECRET_KEY \
		AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent \
		servers_py "$REPO_ROOT/tests/integration/every_type/counts.py" \
		"$TEST_ENDPOINT" "$1" "$TEST_NAME"
}
