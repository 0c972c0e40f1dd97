#!/usr/bin/env bash
# t0210-glue-catalog: a medallion lake in the Glue Data Catalog — a bucket
# with bronze/silver/gold prefixes, a database per layer, a Parquet table in
# bronze, an Iceberg table in silver, a JDBC connection with a password.
# Created, planned again as no change, updated in place attribute family by
# attribute family, replaced when a name changes, drift made with the aws
# CLI shown and undone, destroyed with nothing left. The connection's
# password reaches Glue but never terrace's output or state.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
# The connection's placement names a subnet and a group moto has: plan reads
# what a literal id names (kinds/reads.def) and refuses one AWS does not have.
conn_vpc=$(aws_server ec2 create-vpc --cidr-block 10.42.0.0/16 --query Vpc.VpcId --output text) &&
CONN_SUBNET_ID=$(aws_server ec2 create-subnet --vpc-id "$conn_vpc" --cidr-block 10.42.1.0/24 \
	--availability-zone us-east-1a --query Subnet.SubnetId --output text) &&
CONN_SG=$(aws_server ec2 create-security-group --vpc-id "$conn_vpc" --group-name t0210-conn \
	--description conn --query GroupId --output text) ||
	test_fail_setup "the connection's subnet and group could not be made"
export CONN_SUBNET_ID CONN_SG

password='Pa55-jdbc-4e1b7c'
export password TERRACE_VAR_db_password=$password

glue () {
	s3 glue "$@"
}

# catalog_check: reads Glue once (every database, every table keyed
# "DATABASE.TABLE", every connection, as Glue returns them) and checks each
# line of stdin, a Python expression over that snapshot d (env is the
# environment). One botocore process instead of an aws CLI run per question;
# a failing line is printed with the snapshot.
catalog_check () {
	AWS_ACCESS_KEY_ID="$TEST_ACCESS_KEY" AWS_SECRET_ACCESS_KEY="$TEST_SECRET_KEY" \
		servers_py -c "$catalog_check_py" "$TEST_ENDPOINT"
}
catalog_check_py='
import json, os, sys
import botocore.session
glue = botocore.session.get_session().create_client(
    "glue", region_name="us-east-1", endpoint_url=sys.argv[1])
d = {"databases": {}, "tables": {}, "connections": {}}
for db in glue.get_databases()["DatabaseList"]:
    d["databases"][db["Name"]] = db
    for t in glue.get_tables(DatabaseName=db["Name"])["TableList"]:
        d["tables"][db["Name"] + "." + t["Name"]] = t
for c in glue.get_connections()["ConnectionList"]:
    d["connections"][c["Name"]] = c
ok = True
for line in sys.stdin:
    expr = line.strip()
    if not expr:
        continue
    try:
        good = eval(expr, {"d": d, "env": os.environ})
    except Exception as e:
        good = False
        print("%s: %s" % (type(e).__name__, e))
    if not good:
        ok = False
        print("failed: " + expr)
if not ok:
    print(json.dumps(d, indent=1, sort_keys=True, default=str))
sys.exit(0 if ok else 1)
'

# no_password FILE...: none of the files holds the connection's password.
no_password () {
	local f
	for f in "$@"; do
		test_not_contains "$f" "$password" || return 1
	done
}

# lake_stack: the stack, with knobs for the steps below (environment
# variables, each with the value of the first apply as its default).
lake_stack () {
	write_stack stack.yaml '  db_password: {type: string, sensitive: true}'
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: acme-lake
	    folders: [bronze/, silver/, gold/]
	    force_destroy: true
	  bronze:
	    type: aws.glue.database
	    name: lake_bronze
	    description: ${BRONZE_DESCRIPTION:-raw data as landed}
	    location_uri: "s3://\${lake.name}/bronze/"
	    parameters:
	      layer: bronze
	      ${BRONZE_EXTRA_PARAMETER:-}
	  silver:
	    type: aws.glue.database
	    name: lake_silver
	    location_uri: "s3://\${lake.name}/silver/"
	  gold:
	    type: aws.glue.database
	    name: ${GOLD_NAME:-lake_gold}
	    description: aggregates for dashboards
	  orders_raw:
	    type: aws.glue.table
	    database: \${bronze.name}
	    name: ${RAW_NAME:-orders}
	    table_type: EXTERNAL_TABLE
	    owner: ${RAW_OWNER:-ingest}
	    parameters:
	      classification: parquet
	      EXTERNAL: "TRUE"
	      ${RAW_EXTRA_PARAMETER:-parquet.compression: SNAPPY}
	    partition_keys:
	      - {name: dt, type: string, comment: load date}
	      ${RAW_EXTRA_PARTITION:-}
	    storage_descriptor:
	      location: "s3://\${lake.name}/bronze/orders/"
	      input_format: org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat
	      output_format: org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat
	      compressed: true
	      ${RAW_SD_EXTRA:-}
	      columns:
	        - {name: order_id, type: bigint}
	        - {name: customer_id, type: bigint}
	        - {name: amount, type: "decimal(12,2)", comment: in EUR}
	        ${RAW_EXTRA_COLUMN:-}
	      serde_info:
	        name: parquet
	        serialization_library: org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe
	        parameters:
	          serialization.format: "${RAW_SERDE_FORMAT:-1}"
	  orders:
	    type: aws.glue.table
	    database: \${silver.name}
	    name: orders
	    description: ${ICEBERG_DESCRIPTION:-cleaned orders, one row per order}
	    table_type: EXTERNAL_TABLE
	    parameters:
	      table_type: ICEBERG
	      format: parquet
	      write.parquet.compression-codec: zstd
	    storage_descriptor:
	      location: "s3://\${lake.name}/silver/orders/"
	      columns:
	        - {name: order_id, type: bigint}
	        - {name: customer_id, type: bigint}
	        - {name: amount, type: "decimal(12,2)"}
	        - {name: ordered_at, type: timestamp}
	  warehouse:
	    type: aws.glue.connection
	    name: ${CONNECTION_NAME:-warehouse-pg}
	    connection_type: JDBC
	    description: the reporting warehouse
	    connection_properties:
	      JDBC_CONNECTION_URL: jdbc:postgresql://warehouse.internal:5432/reporting
	      USERNAME: ${CONNECTION_USER:-etl}
	    password: "\${var.db_password}"
	YAML
	if test -n "${CONNECTION_SUBNET:-}"; then
		cat >>stack.yaml <<-YAML
		    physical_connection_requirements:
		      subnet_id: $CONNECTION_SUBNET
		      security_group_id_list: [$CONN_SG]
		      availability_zone: us-east-1a
		YAML
	fi
}

test_expect_success 'plan shows the lake to create, the password hidden' '
	lake_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# orders_raw will be created" &&
	test_line out "+ resource \"aws.glue.table\" \"orders\" {" &&
	test_line out "+ resource \"aws.glue.connection\" \"warehouse\" {" &&
	test_match out "\+ password *= \(sensitive value\)" &&
	test_match out "\+ arn *= \(known after apply\)" &&
	test_line out "Plan: 7 to add, 0 to change, 0 to destroy." &&
	no_password out err
'

test_expect_success 'apply creates databases, tables and the connection in Glue' '
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>create.err &&
	cp create.err err &&
	test_line out "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." &&
	test_match out "^orders_raw: Creation complete after [0-9]+s \[id=lake_bronze:orders\]$" &&
	no_password out err &&
	catalog_check <<-\EOF
	d["databases"]["lake_bronze"]["LocationUri"] == "s3://acme-lake/bronze/"
	d["databases"]["lake_bronze"]["Parameters"] == {"layer": "bronze"}
	d["tables"]["lake_bronze.orders"]["Parameters"]["classification"] == "parquet"
	d["tables"]["lake_bronze.orders"]["StorageDescriptor"]["SerdeInfo"]["SerializationLibrary"] == "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"
	[c["Name"] for c in d["tables"]["lake_bronze.orders"]["StorageDescriptor"]["Columns"]] == ["order_id", "customer_id", "amount"]
	d["tables"]["lake_bronze.orders"]["PartitionKeys"] == [{"Name": "dt", "Type": "string", "Comment": "load date"}]
	d["tables"]["lake_silver.orders"]["Parameters"]["table_type"] == "ICEBERG"
	d["tables"]["lake_silver.orders"]["StorageDescriptor"]["Location"] == "s3://acme-lake/silver/orders/"
	d["connections"]["warehouse-pg"]["ConnectionProperties"]["USERNAME"] == "etl"
	d["connections"]["warehouse-pg"]["ConnectionProperties"]["PASSWORD"] == env["password"]
	EOF
'

# What a create stores is the object read back, as an update's is (the
# converge both end in): the create's debug log shows each database, table
# and connection read after it is made (a stack with no state plans with
# no read).
test_expect_success 'a create ends in its read back: GetDatabase, GetTable, GetConnection after their creates' '
	for pair in CreateDatabase:GetDatabase CreateTable:GetTable CreateConnection:GetConnection
	do
		made=$(grep -n "^\[debug\] glue ${pair%%:*} POST: HTTP 200" create.err | head -1 | cut -d: -f1) &&
		read=$(grep -n "^\[debug\] glue ${pair#*:} POST: HTTP 200" create.err | head -1 | cut -d: -f1) &&
		test -n "$made" && test -n "$read" && test "$made" -lt "$read" || {
			echo "no ${pair#*:} after ${pair%%:*} in create.err"; return 1; }
	done
'

test_expect_success 'a second plan is a no-op' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'ARNs and catalog ids are computed; the password is stored as a hash only' '
	python3 - <<-\EOF &&
	import json
	r = json.load(open("terrace.state.json"))["resources"]
	assert r["bronze"]["attributes"]["arn"] == "arn:aws:glue:us-east-1:123456789012:database/lake_bronze", r["bronze"]
	assert r["silver"]["attributes"]["catalog_id"] == "123456789012", r["silver"]
	assert r["warehouse"]["attributes"]["arn"] == "arn:aws:glue:us-east-1:123456789012:connection/warehouse-pg", r["warehouse"]
	assert list(r["warehouse"]["attributes"]["password"]) == ["$scrypt"], r["warehouse"]
	EOF
	terrace show -json >show.json 2>err &&
	terrace state show warehouse >state.out 2>err2 &&
	test_contains state.out "(sensitive value)" &&
	no_password terrace.state.json show.json err state.out err2
'

test_expect_success 'database description and parameters update in place' '
	BRONZE_DESCRIPTION="raw data, as landed by ingest" BRONZE_EXTRA_PARAMETER="quality: raw" \
		lake_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# bronze will be updated in-place" &&
	test_match out "~ description *= \"raw data as landed\" -> \"raw data, as landed by ingest\"" &&
	test_match out "\+ \"quality\" *= \"raw\"" &&
	test_not_contains out "forces replacement" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	catalog_check <<-\EOF
	d["databases"]["lake_bronze"]["Description"] == "raw data, as landed by ingest"
	d["databases"]["lake_bronze"]["Parameters"] == {"layer": "bronze", "quality": "raw"}
	EOF
'

test_expect_success 'Parquet table: columns, partition keys, owner, table and SerDe parameters update in place' '
	export BRONZE_DESCRIPTION="raw data, as landed by ingest" BRONZE_EXTRA_PARAMETER="quality: raw" &&
	RAW_EXTRA_COLUMN="- {name: channel, type: string}" RAW_OWNER=platform \
	RAW_EXTRA_PARTITION="- {name: region, type: string}" \
	RAW_EXTRA_PARAMETER="projection.enabled: \"false\"" RAW_SERDE_FORMAT=2 lake_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# orders_raw will be updated in-place" &&
	test_match out "~ storage_descriptor = \{" &&
	test_match out "\"name\" *= \"channel\"" &&
	test_match out "\+ \"projection.enabled\" *= \"false\"" &&
	test_match out "- \"parquet.compression\" *= \"SNAPPY\"" &&
	test_match out "~ owner *= \"ingest\" -> \"platform\"" &&
	test_match out "~ partition_keys *= \[" &&
	test_not_contains out "forces replacement" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	catalog_check <<-\EOF &&
	[c["Name"] for c in d["tables"]["lake_bronze.orders"]["StorageDescriptor"]["Columns"]] == ["order_id", "customer_id", "amount", "channel"]
	d["tables"]["lake_bronze.orders"]["StorageDescriptor"]["SerdeInfo"]["Parameters"] == {"serialization.format": "2"}
	[c["Name"] for c in d["tables"]["lake_bronze.orders"]["PartitionKeys"]] == ["dt", "region"]
	d["tables"]["lake_bronze.orders"]["Owner"] == "platform"
	d["tables"]["lake_bronze.orders"]["Parameters"] == {"EXTERNAL": "TRUE", "classification": "parquet", "projection.enabled": "false"}
	EOF
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'Iceberg table: a writer commit (metadata_location) is not drift, and an update keeps it' '
	export RAW_EXTRA_COLUMN="- {name: channel, type: string}" RAW_OWNER=platform \
		RAW_EXTRA_PARTITION="- {name: region, type: string}" \
		RAW_EXTRA_PARAMETER="projection.enabled: \"false\"" RAW_SERDE_FORMAT=2 &&
	glue update-table --database-name lake_silver --table-input "{
		\"Name\": \"orders\", \"TableType\": \"EXTERNAL_TABLE\",
		\"Description\": \"cleaned orders, one row per order\",
		\"Parameters\": {\"table_type\": \"ICEBERG\", \"format\": \"parquet\",
			\"write.parquet.compression-codec\": \"zstd\",
			\"metadata_location\": \"s3://acme-lake/silver/orders/metadata/00001-a.metadata.json\"},
		\"PartitionKeys\": [],
		\"StorageDescriptor\": {\"Location\": \"s3://acme-lake/silver/orders/\", \"Compressed\": false,
			\"Columns\": [{\"Name\": \"order_id\", \"Type\": \"bigint\"},
				{\"Name\": \"customer_id\", \"Type\": \"bigint\"},
				{\"Name\": \"amount\", \"Type\": \"decimal(12,2)\"},
				{\"Name\": \"ordered_at\", \"Type\": \"timestamp\"}]}}" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	ICEBERG_DESCRIPTION="cleaned orders (Iceberg v2)" lake_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ description *= \"cleaned orders, one row per order\" -> \"cleaned orders \(Iceberg v2\)\"" &&
	test_not_contains out metadata_location &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	catalog_check <<-\EOF
	d["tables"]["lake_silver.orders"]["Description"] == "cleaned orders (Iceberg v2)"
	d["tables"]["lake_silver.orders"]["Parameters"]["metadata_location"] == "s3://acme-lake/silver/orders/metadata/00001-a.metadata.json"
	d["tables"]["lake_silver.orders"]["Parameters"]["table_type"] == "ICEBERG"
	EOF
'

test_expect_success 'Parquet table: storage descriptor parameters, buckets and sort order are sent, read and dropped' '
	export ICEBERG_DESCRIPTION="cleaned orders (Iceberg v2)" &&
	RAW_SD_EXTRA="$(printf "%s\n      " "parameters: {streamName: orders, typeOfData: kinesis}" \
		"number_of_buckets: 4" "bucket_columns: [customer_id]" \
		"sort_columns: [{column: order_id, sort_order: 1}]" "stored_as_sub_directories: true")" \
		lake_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "\+ *\"?number_of_buckets\"? *= 4" &&
	terrace apply -auto-approve >out 2>err &&
	catalog_check <<-\EOF &&
	d["tables"]["lake_bronze.orders"]["StorageDescriptor"]["Parameters"] == {"streamName": "orders", "typeOfData": "kinesis"}
	d["tables"]["lake_bronze.orders"]["StorageDescriptor"]["NumberOfBuckets"] == 4
	d["tables"]["lake_bronze.orders"]["StorageDescriptor"]["BucketColumns"] == ["customer_id"]
	d["tables"]["lake_bronze.orders"]["StorageDescriptor"]["SortColumns"] == [{"Column": "order_id", "SortOrder": 1}]
	d["tables"]["lake_bronze.orders"]["StorageDescriptor"]["StoredAsSubDirectories"] is True
	EOF
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	lake_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "- *\"?number_of_buckets\"? *= 4" &&
	terrace apply -auto-approve >out 2>err &&
	catalog_check <<-\EOF &&
	"Parameters" not in d["tables"]["lake_bronze.orders"]["StorageDescriptor"] or not d["tables"]["lake_bronze.orders"]["StorageDescriptor"]["Parameters"]
	d["tables"]["lake_bronze.orders"]["StorageDescriptor"].get("BucketColumns", []) == []
	EOF
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'connection: properties, password and VPC placement update in place' '
	export ICEBERG_DESCRIPTION="cleaned orders (Iceberg v2)" &&
	TERRACE_VAR_db_password="${password}-rotated" CONNECTION_USER=etl_v2 \
	CONNECTION_SUBNET=$CONN_SUBNET_ID lake_stack &&
	TERRACE_VAR_db_password="${password}-rotated" \
		test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# warehouse will be updated in-place" &&
	test_match out "~ \"USERNAME\" *= \"etl\" -> \"etl_v2\"" &&
	test_match out "~ password *= \(sensitive value\) -> \(sensitive value\)" &&
	test_match out "physical_connection_requirements" &&
	test_not_contains out "forces replacement" &&
	TERRACE_VAR_db_password="${password}-rotated" terrace apply -auto-approve >out2 2>err2 &&
	test_line out2 "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	no_password out err out2 err2 terrace.state.json &&
	catalog_check <<-\EOF &&
	d["connections"]["warehouse-pg"]["ConnectionProperties"]["USERNAME"] == "etl_v2"
	d["connections"]["warehouse-pg"]["ConnectionProperties"]["PASSWORD"] == env["password"] + "-rotated"
	d["connections"]["warehouse-pg"]["PhysicalConnectionRequirements"] == {"SubnetId": env["CONN_SUBNET_ID"], "SecurityGroupIdList": [env["CONN_SG"]], "AvailabilityZone": "us-east-1a"}
	EOF
	TERRACE_VAR_db_password="${password}-rotated" \
		test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

# Issue 59's one update contract, its exception (a): the password is never
# read back, so a change of it alone shows only against the state; the
# update must send it although the live read agrees with the stack.
test_expect_success 'a password changed alone is sent: the state, not a read, tells it changed' '
	export CONNECTION_USER=etl_v2 CONNECTION_SUBNET=$CONN_SUBNET_ID && lake_stack &&
	TERRACE_VAR_db_password="${password}-again" \
		test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ password *= \(sensitive value\) -> \(sensitive value\)" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	TERRACE_VAR_db_password="${password}-again" terrace apply -auto-approve >out2 2>err2 &&
	test_line out2 "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	no_password out err out2 err2 terrace.state.json &&
	catalog_check <<-\EOF &&
	d["connections"]["warehouse-pg"]["ConnectionProperties"]["PASSWORD"] == env["password"] + "-again"
	EOF
	TERRACE_VAR_db_password="${password}-rotated" terrace apply -auto-approve >out2 2>err2 &&
	test_line out2 "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	catalog_check <<-\EOF
	d["connections"]["warehouse-pg"]["ConnectionProperties"]["PASSWORD"] == env["password"] + "-rotated"
	EOF
'

test_expect_success 'a password in connection_properties is refused' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	cat >>bad/stack.yaml <<-\YAML &&
	resources:
	  pg:
	    type: aws.glue.connection
	    name: leaky
	    connection_properties:
	      PASSWORD: plain
	YAML
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "connection_properties: must not hold PASSWORD: set the password attribute"
'

test_expect_success 'renaming a database, a table and a connection replaces them' '
	export TERRACE_VAR_db_password="${password}-rotated" CONNECTION_USER=etl_v2 \
		CONNECTION_SUBNET=$CONN_SUBNET_ID &&
	GOLD_NAME=lake_gold_v2 RAW_NAME=orders_landed CONNECTION_NAME=warehouse-pg-2 lake_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# gold must be replaced" &&
	test_line out "# orders_raw must be replaced" &&
	test_line out "# warehouse must be replaced" &&
	test_match out "~ name *= \"lake_gold\" -> \"lake_gold_v2\" # forces replacement" &&
	test_match out "~ name *= \"orders\" -> \"orders_landed\" # forces replacement" &&
	test_line out "Plan: 3 to add, 0 to change, 3 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 3 destroyed." &&
	catalog_check <<-\EOF &&
	sorted(d["databases"]) == ["lake_bronze", "lake_gold_v2", "lake_silver"]
	sorted(d["tables"]) == ["lake_bronze.orders_landed", "lake_silver.orders"]
	sorted(d["connections"]) == ["warehouse-pg-2"]
	EOF
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the aws CLI shows in plan: update-table, update-database, update-connection' '
	export GOLD_NAME=lake_gold_v2 RAW_NAME=orders_landed CONNECTION_NAME=warehouse-pg-2 &&
	glue update-table --database-name lake_silver --table-input "{
		\"Name\": \"orders\", \"TableType\": \"EXTERNAL_TABLE\",
		\"Description\": \"cleaned orders (Iceberg v2)\",
		\"Parameters\": {\"table_type\": \"ICEBERG\", \"format\": \"parquet\"},
		\"StorageDescriptor\": {\"Location\": \"s3://acme-lake/silver/orders/\",
			\"Columns\": [{\"Name\": \"order_id\", \"Type\": \"string\"},
				{\"Name\": \"customer_id\", \"Type\": \"bigint\"},
				{\"Name\": \"amount\", \"Type\": \"decimal(12,2)\"},
				{\"Name\": \"ordered_at\", \"Type\": \"timestamp\"}]}}" &&
	glue update-database --name lake_silver --database-input \
		"{\"Name\": \"lake_silver\", \"LocationUri\": \"s3://elsewhere/silver/\"}" &&
	glue update-connection --name warehouse-pg-2 --connection-input "{
		\"Name\": \"warehouse-pg-2\", \"ConnectionType\": \"JDBC\",
		\"Description\": \"the reporting warehouse\",
		\"ConnectionProperties\": {\"JDBC_CONNECTION_URL\": \"jdbc:postgresql://other:5432/x\",
			\"USERNAME\": \"etl_v2\", \"PASSWORD\": \"changed-by-hand\"},
		\"PhysicalConnectionRequirements\": {\"SubnetId\": \"$CONN_SUBNET_ID\",
			\"SecurityGroupIdList\": [\"$CONN_SG\"], \"AvailabilityZone\": \"us-east-1a\"}}" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# orders will be updated in-place( \(.*\))?$" &&
	test_match out "\+ \"write.parquet.compression-codec\" *= \"zstd\"" &&
	test_match out "\"type\" = \"string\"" &&
	test_match out "~ location_uri *= \"s3://elsewhere/silver/\" -> \"s3://acme-lake/silver/\"" &&
	test_match out "\"JDBC_CONNECTION_URL\" *= \"jdbc:postgresql://other:5432/x\" -> " &&
	test_not_contains out "changed-by-hand" &&
	test_line out "Plan: 0 to add, 3 to change, 0 to destroy."
'

test_expect_success 'apply undoes the drift' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	catalog_check <<-\EOF &&
	d["tables"]["lake_silver.orders"]["StorageDescriptor"]["Columns"][0] == {"Name": "order_id", "Type": "bigint"}
	d["tables"]["lake_silver.orders"]["Parameters"]["write.parquet.compression-codec"] == "zstd"
	d["databases"]["lake_silver"]["LocationUri"] == "s3://acme-lake/silver/"
	d["connections"]["warehouse-pg-2"]["ConnectionProperties"]["PASSWORD"] == env["password"] + "-rotated"
	EOF
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a table dropped and made again with create-table plans as an update' '
	glue delete-table --database-name lake_silver --name orders &&
	glue create-table --database-name lake_silver --table-input "{
		\"Name\": \"orders\", \"TableType\": \"EXTERNAL_TABLE\",
		\"Parameters\": {\"classification\": \"csv\"},
		\"StorageDescriptor\": {\"Location\": \"s3://acme-lake/silver/orders_csv/\",
			\"Columns\": [{\"Name\": \"order_id\", \"Type\": \"bigint\"}]}}" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# orders will be updated in-place( \(.*\))?$" &&
	test_match out "\"location\" *= \"s3://acme-lake/silver/orders_csv/\" -> \"s3://acme-lake/silver/orders/\"" &&
	test_match out "\+ \"table_type\" *= \"ICEBERG\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a table dropped outside terrace plans as a create' '
	glue delete-table --database-name lake_bronze --name orders_landed &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# orders_raw will be created( \(.*\))?$" &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed."
'

test_expect_success 'a database, table or connection made outside this state is refused, not taken over' '
	mkdir taken &&
	write_stack taken/stack.yaml &&
	cat >>taken/stack.yaml <<-\YAML &&
	resources:
	  db:
	    type: aws.glue.database
	    name: lake_bronze
	  t:
	    type: aws.glue.table
	    database: lake_silver
	    name: orders
	  c:
	    type: aws.glue.connection
	    name: warehouse-pg-2
	YAML
	test_expect_code 1 terrace apply -stack taken -auto-approve >out 2>err &&
	test_contains err "glue database lake_bronze already exists but is not in this state" &&
	test_contains err "glue table lake_silver:orders already exists but is not in this state" &&
	test_contains err "glue connection warehouse-pg-2 already exists but is not in this state" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy leaves no database, table or connection behind' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 7 destroyed." &&
	no_password out err &&
	glue get-databases --query "DatabaseList[].Name" --output text >dbs &&
	test_empty dbs &&
	! glue get-tables --database-name lake_silver >tables 2>tables.err &&
	test_contains tables.err "EntityNotFoundException" &&
	glue get-connections --query "ConnectionList[].Name" --output text >conns &&
	test_empty conns &&
	bucket_names >buckets &&
	test_empty buckets
'

test_done
