#!/usr/bin/env bash
# t0314-postgres-sql-vars: postgres.sql migrations as templates against a
# real PostgreSQL server, checked with psql. `vars` fills ${NAME} in the
# files with values from the stack (here a role ARN-like string, as
# CREATE EXTERNAL SCHEMA ... IAM_ROLE takes on Redshift, and a bucket);
# $${ stays a literal ${. A changed input plans a change of exactly the
# repeatable (R__) files using it, which run again; a versioned file whose
# rendered text would change is refused naming it; a ${NAME} missing from
# vars is refused naming the file and line.
. "$(dirname "$0")/../lib.sh"

start_postgres || test_fail_setup "postgres did not start"

export TERRACE_VAR_pg_password=$PG_PASSWORD

mkdir -p sql
cat >sql/001_tables.sql <<-'EOF'
CREATE TABLE settings (name text PRIMARY KEY, value text NOT NULL);
INSERT INTO settings VALUES ('bucket', '${bucket}'), ('literal', '$${kept}');
EOF
cat >sql/R__role.sql <<-'EOF'
-- on Redshift: CREATE EXTERNAL SCHEMA spectrum FROM DATA CATALOG DATABASE 'lake' IAM_ROLE '${role_arn}';
CREATE OR REPLACE VIEW spectrum_role AS SELECT '${role_arn}'::text AS iam_role;
EOF
cat >sql/R__static.sql <<-'EOF'
CREATE OR REPLACE VIEW answer AS SELECT 42 AS n;
EOF

vars_stack () {
	cat >stack.yaml <<-YAML
	stack: t0314
	variables:
	  pg_password: {type: string, sensitive: true}
	  role: {type: string, default: $1}
	  bucket: {type: string, default: ${2:-lake-raw}}
	$(pg_provider)
	resources:
	  db:
	    type: postgres.database
	    name: vars_db
	  ddl:
	    type: postgres.sql
	    database: \${db.name}
	    source: sql
	    vars:
	      role_arn: "arn:aws:iam::123456789012:role/\${var.role}"
	      bucket: \${var.bucket}
	YAML
}

vq () {
	psql_test -d vars_db "$1"
}

test_expect_success 'the files run with the stack values put in' '
	vars_stack spectrum-a &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "arn:aws:iam::123456789012:role/spectrum-a" "$(vq "SELECT iam_role FROM spectrum_role")" &&
	test_equal "lake-raw" "$(vq "SELECT value FROM settings WHERE name = '"'"'bucket'"'"'")" &&
	test_equal "\${kept}" "$(vq "SELECT value FROM settings WHERE name = '"'"'literal'"'"'")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a changed input plans exactly the repeatable file using it, which runs again' '
	vars_stack spectrum-b &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "# ddl will be updated in-place" &&
	test_contains out "R__role.sql" &&
	test_not_contains out "R__static.sql" &&
	test_not_contains out "001_tables.sql" &&
	vq "SELECT applied_at FROM terrace_migrations WHERE name = '"'"'R__static.sql'"'"'" >static.before &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "arn:aws:iam::123456789012:role/spectrum-b" "$(vq "SELECT iam_role FROM spectrum_role")" &&
	vq "SELECT applied_at FROM terrace_migrations WHERE name = '"'"'R__static.sql'"'"'" >static.after &&
	test_cmp static.before static.after &&
	test_equal 3 "$(vq "SELECT count(*) FROM terrace_migrations")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'an input of a versioned, applied file cannot change' '
	vars_stack spectrum-b lake-other &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "migration 001_tables.sql was applied with sha256" &&
	test_contains err "an applied migration must not change"
'

test_expect_success 'a name missing from vars is refused naming the file and line' '
	printf "SELECT 1;\nSELECT '"'"'\${nope}'"'"';\n" >sql/002_more.sql &&
	vars_stack spectrum-b &&
	test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "postgres.sql: migration 002_more.sql line 2: \${nope} is not one of vars" &&
	rm sql/002_more.sql
'

test_expect_success 'destroy' '
	vars_stack spectrum-b &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!"
'

test_done
