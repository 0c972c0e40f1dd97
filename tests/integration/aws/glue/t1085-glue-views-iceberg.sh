#!/usr/bin/env bash
# t1085-glue-views-iceberg: aws.glue.table as Athena and Iceberg engines
# need it, against moto. A `view` is written in Athena's own encoding: read
# back with `aws glue get-table`, its ViewOriginalText decoded here with
# base64 and compared with the JSON Athena writes, the columns in Hive
# types, a second plan clean (no drift from the encoding's round trip), a
# change of SQL or columns an update in place, a view changed by hand shown
# as drift; plain view_original_text/view_expanded_text kept as written;
# bad combinations refused at plan time. An Iceberg table made with
# open_table_format_input: the request reaches moto
# (tests/servers/moto_patches/glue_create_table_iceberg_metadata.py writes
# the metadata_location Glue writes, which moto alone does not), and a job's
# commit of metadata_location / previous_metadata_location is not drift and
# survives an update.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

glue () {
	s3 glue "$@"
}

# table_field TABLE QUERY: a field of movies.TABLE as GetTable gives it (JSON).
table_field () {
	glue get-table --database-name movies --name "$1" --output json --query "Table.$2"
}

SQL1='SELECT title, CAST(rating AS double) AS rating FROM films WHERE rating > 8'
SQL2='SELECT title, year, rating FROM films WHERE rating > 8.5'

views_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  db:
	    type: aws.glue.database
	    name: movies
	  films:
	    type: aws.glue.table
	    database: \${db.name}
	    name: films
	    table_type: EXTERNAL_TABLE
	    storage_descriptor:
	      location: s3://movies-lake/films/
	      columns:
	        - {name: title, type: string}
	        - {name: year, type: int}
	        - {name: rating, type: double}
	  top_films:
	    type: aws.glue.table
	    database: \${db.name}
	    name: top_films
	    description: films rated above 8
	    view:
	      sql: "${SQL:-$SQL1}"
	      columns:
	        - {name: title, type: varchar}
	        ${EXTRA_COLUMN:-}
	        - {name: rating, type: double}
	  by_genre:
	    type: aws.glue.table
	    database: \${db.name}
	    name: by_genre
	    view:
	      sql: SELECT genre, array_agg(title) AS titles, map(ARRAY['n'], ARRAY[count(*)]) AS stats FROM films GROUP BY genre
	      columns:
	        - {name: genre, type: varchar(20)}
	        - {name: titles, type: array(varchar)}
	        - {name: stats, type: "map(varchar, bigint)"}
	        - {name: best, type: "row(title varchar, rating decimal(3,1))"}
	  spark_view:
	    type: aws.glue.table
	    database: \${db.name}
	    name: spark_view
	    table_type: VIRTUAL_VIEW
	    view_original_text: SELECT * FROM films
	    view_expanded_text: SELECT films.title FROM movies.films
	    storage_descriptor:
	      columns: [{name: title, type: string}]
	  plays:
	    type: aws.glue.table
	    database: \${db.name}
	    name: plays
	    description: ${PLAYS_DESC:-plays, one row per play}
	    table_type: EXTERNAL_TABLE
	    open_table_format_input:
	      iceberg: {metadata_operation: CREATE, version: "2"}
	    storage_descriptor:
	      location: s3://movies-lake/plays/
	      columns:
	        - {name: user_id, type: bigint}
	        - {name: played_at, type: timestamp}
	YAML
}

# decoded_view TABLE: the JSON inside the table's ViewOriginalText, decoded
# with base64, keys in Athena's order, compact.
decoded_view () {
	glue get-table --database-name movies --name "$1" --output text \
		--query Table.ViewOriginalText >"$1.text" &&
	python3 - "$1.text" <<-'EOF'
	import base64, json, sys
	text = open(sys.argv[1]).read().rstrip("\n")
	assert text.startswith("/* Presto View: ") and text.endswith(" */"), text
	doc = base64.b64decode(text[len("/* Presto View: "):-len(" */")], validate=True)
	print(json.dumps(json.loads(doc), separators=(",", ":")))
	EOF
}

test_expect_success 'a view is written as Athena writes one; the CLI reads it back' '
	views_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	decoded_view top_films >got &&
	printf "%s\n" "{\"originalSql\":\"$SQL1\",\"catalog\":\"awsdatacatalog\",\"schema\":\"movies\",\"columns\":[{\"name\":\"title\",\"type\":\"varchar\"},{\"name\":\"rating\",\"type\":\"double\"}]}" >expect &&
	test_cmp expect got &&
	test_equal "\"VIRTUAL_VIEW\"" "$(table_field top_films TableType)" &&
	test_equal "\"/* Presto View */\"" "$(table_field top_films ViewExpandedText)" &&
	test_equal "{\"comment\": \"Presto View\", \"presto_view\": \"true\"}" \
		"$(glue get-table --database-name movies --name top_films --output json --query Table.Parameters | python3 -c "import json,sys; print(json.dumps(json.load(sys.stdin), sort_keys=True))")" &&
	test_equal "title string rating double" \
		"$(glue get-table --database-name movies --name top_films --output text --query "Table.StorageDescriptor.Columns[].[Name,Type]" | tr "\t\n" "  " | sed "s/ $//")"
'

test_expect_success 'nested Trino types become Hive types in the catalog columns' '
	test_equal "genre string titles array<string> stats map<string,bigint> best struct<title:string,rating:decimal(3,1)>" \
		"$(glue get-table --database-name movies --name by_genre --output text --query "Table.StorageDescriptor.Columns[].[Name,Type]" | tr "\t\n" "  " | sed "s/ $//")" &&
	decoded_view by_genre >got &&
	test_contains got "{\"name\":\"best\",\"type\":\"row(title varchar, rating decimal(3,1))\"}"
'

test_expect_success 'view texts written as they are stay as written' '
	test_equal "\"SELECT * FROM films\"" "$(table_field spark_view ViewOriginalText)" &&
	test_equal "\"SELECT films.title FROM movies.films\"" "$(table_field spark_view ViewExpandedText)"
'

test_expect_success 'the Iceberg table got its metadata location from CreateTable'"'"'s OpenTableFormatInput' '
	table_field plays Parameters.metadata_location >loc &&
	test_match loc "^\"s3://movies-lake/plays/metadata/00000-[0-9a-f-]+\.metadata\.json\"$" &&
	test_equal "\"ICEBERG\"" "$(table_field plays Parameters.table_type)"
'

test_expect_success 'a second plan is a no-op (the encoding round-trips)' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a new SQL and a new column change the view in place' '
	SQL="$SQL2" EXTRA_COLUMN="- {name: year, type: integer}" views_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# top_films will be updated in-place" &&
	test_contains out "\"$SQL1\" -> \"$SQL2\"" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	decoded_view top_films >got &&
	printf "%s\n" "{\"originalSql\":\"$SQL2\",\"catalog\":\"awsdatacatalog\",\"schema\":\"movies\",\"columns\":[{\"name\":\"title\",\"type\":\"varchar\"},{\"name\":\"year\",\"type\":\"integer\"},{\"name\":\"rating\",\"type\":\"double\"}]}" >expect &&
	test_cmp expect got &&
	test_equal "title string year int rating double" \
		"$(glue get-table --database-name movies --name top_films --output text --query "Table.StorageDescriptor.Columns[].[Name,Type]" | tr "\t\n" "  " | sed "s/ $//")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a view replaced by hand (as CREATE OR REPLACE VIEW would) is drift' '
	export SQL="$SQL2" EXTRA_COLUMN="- {name: year, type: integer}" &&
	text="/* Presto View: $(printf "%s" "{\"originalSql\":\"SELECT 1 AS title\",\"catalog\":\"awsdatacatalog\",\"schema\":\"movies\",\"columns\":[{\"name\":\"title\",\"type\":\"integer\"}]}" | base64 -w0) */" &&
	glue update-table --database-name movies --table-input "{\"Name\": \"top_films\", \"TableType\": \"VIRTUAL_VIEW\", \"Description\": \"films rated above 8\", \"ViewOriginalText\": \"$text\", \"ViewExpandedText\": \"/* Presto View */\", \"Parameters\": {\"presto_view\": \"true\", \"comment\": \"Presto View\"}, \"StorageDescriptor\": {\"Columns\": [{\"Name\": \"title\", \"Type\": \"int\"}]}}" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ \"sql\" *= \"SELECT 1 AS title\" -> \"$SQL2\"" &&
	terrace apply -auto-approve >out 2>err &&
	decoded_view top_films >got &&
	test_contains got "$SQL2" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a job'"'"'s commit to the Iceberg table (metadata_location) is not drift and an update keeps it' '
	export SQL="$SQL2" EXTRA_COLUMN="- {name: year, type: integer}" &&
	first=$(table_field plays Parameters.metadata_location | tr -d "\"") &&
	glue update-table --database-name movies --table-input "{
		\"Name\": \"plays\", \"TableType\": \"EXTERNAL_TABLE\",
		\"Description\": \"plays, one row per play\",
		\"Parameters\": {\"table_type\": \"ICEBERG\",
			\"metadata_location\": \"s3://movies-lake/plays/metadata/00001-b.metadata.json\",
			\"previous_metadata_location\": \"$first\"},
		\"StorageDescriptor\": {\"Location\": \"s3://movies-lake/plays/\", \"Compressed\": false,
			\"Columns\": [{\"Name\": \"user_id\", \"Type\": \"bigint\"},
				{\"Name\": \"played_at\", \"Type\": \"timestamp\"}]}}" &&
	{ test_expect_code 0 terrace plan -detailed-exitcode >out 2>err || { cat out; false; }; } &&
	PLAYS_DESC="plays (Iceberg v2)" views_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^Plan: 0 to add, [1-9][0-9]* to change, 0 to destroy\.$" &&
	test_not_contains out metadata_location &&
	test_not_contains out open_table_format_input &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "\"s3://movies-lake/plays/metadata/00001-b.metadata.json\"" "$(table_field plays Parameters.metadata_location)" &&
	test_equal "\"$first\"" "$(table_field plays Parameters.previous_metadata_location)" &&
	test_equal "\"ICEBERG\"" "$(table_field plays Parameters.table_type)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a view imported by DATABASE:TABLE reads back as its view' '
	export SQL="$SQL2" EXTRA_COLUMN="- {name: year, type: integer}" PLAYS_DESC="plays (Iceberg v2)" &&
	terrace state rm top_films >out 2>err &&
	terrace import top_films movies:top_films >out 2>err &&
	{ test_expect_code 0 terrace plan -detailed-exitcode >out 2>err || { cat out; false; }; }
'

test_expect_success 'bad combinations are refused at plan time' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-YAML &&
	resources:
	  v:
	    type: aws.glue.table
	    database: movies
	    name: v
	    table_type: EXTERNAL_TABLE
	    view: {sql: SELECT 1 AS x, columns: [{name: x, type: integer}]}
	YAML
	(cd bad && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "view: a view'"'"'s table_type is VIRTUAL_VIEW, not \"EXTERNAL_TABLE\"" &&
	sed -i "s/table_type: EXTERNAL_TABLE/view_original_text: SELECT 1/" bad/stack.yaml &&
	(cd bad && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "view_original_text cannot be set with view" &&
	sed -i "s/view_original_text: SELECT 1/open_table_format_input: {iceberg: {metadata_operation: UPDATE}}/" bad/stack.yaml &&
	sed -i "/view: {sql/d" bad/stack.yaml &&
	(cd bad && test_expect_code 1 terrace plan >../out 2>../err) &&
	test_contains err "open_table_format_input.iceberg.metadata_operation: \"UPDATE\" is not one of CREATE"
'

test_expect_success 'destroy removes every table' '
	export SQL="$SQL2" EXTRA_COLUMN="- {name: year, type: integer}" PLAYS_DESC="plays (Iceberg v2)" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 6 destroyed."
'

test_done
