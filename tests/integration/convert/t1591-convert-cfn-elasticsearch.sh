#!/usr/bin/env bash
# t1591-convert-cfn-elasticsearch: issue 80 point 1 (brief's point 3):
# AWS::Elasticsearch::Domain, whose registry copy has no schema, converts to
# AWS::OpenSearchService::Domain (awscc.opensearchservice.domain), as the
# legacy type's page in the CloudFormation user guide says to upgrade it:
# cmd/convert.c's written_twins row renames ElasticsearchVersion and
# ElasticsearchClusterConfig and rewrites values ("7.10" and a version
# given by a parameter as Elasticsearch_X.Y; instance, dedicated master and
# warm types' .elasticsearch as .search); a type given by a parameter is
# kept, with a warning; Ref is the domain's name, GetAtt the newer type's
# attributes; -existing imports each domain by its physical id (its name);
# the stack validates with no "handlers unknown" (t1591/elasticsearch.yaml).
. "$(dirname "$0")/../lib.sh"

here=$TEST_DIR/convert/t1591
f=$here/elasticsearch.yaml

test_expect_success 'the legacy domain is an OpenSearch Service domain: names and values as AWS documents the upgrade' '
	mkdir s &&
	test_expect_code 3 terrace convert -out s/stack.yaml "$f" >out 2>err &&
	test_equal 2 "$(grep -c "type: awscc.opensearchservice.domain" s/stack.yaml)" &&
	for line in \
		"engine_version: Elasticsearch_\${var.Version}" \
		"engine_version: Elasticsearch_6.8" \
		"instance_type: r5.large.search" \
		"instance_type: t3.small.search" \
		"warm_type: ultrawarm1.medium.search" \
		"dedicated_master_type: \${var.MasterType}" \
		"zone_awareness_config:" \
		"volume_type: gp2" \
		"enforce_https: true"; do
		test_line s/stack.yaml "$line" || return 1
	done &&
	test_not_contains s/stack.yaml "awscc.elasticsearch" &&
	test_equal "default: m5.large.elasticsearch" "$(sed -n "s/^ *\(.*\.elasticsearch\)$/\1/p" s/stack.yaml)" &&
	test_line err "$f:18:30: warning: \${var.MasterType}: a value computed at plan, which convert cannot rewrite: the type written takes *.search where the template'\''s takes *.elasticsearch; check it" &&
	test_line err "1 construct left out (the warnings above say which and why)"
'

test_expect_success 'Ref is the domain'\''s name (the identifier), GetAtt the newer type'\''s attributes' '
	test_line s/stack.yaml "value: \${Logs.id}" &&
	test_line s/stack.yaml "value: \${Logs.domain_endpoint}" &&
	test_line s/stack.yaml "value: \${Small.arn}" &&
	test_line s/stack.yaml "Resource: \${Logs.domain_arn}/*"
'

test_expect_success 'the stack validates, with no "handlers unknown"' '
	(cd s && terrace validate -no-color) >out 2>err &&
	test_contains out "Success! The stack is valid (3 resources)." &&
	test_not_contains err "handlers unknown"
'

test_expect_success '-existing: each domain imported by its physical id, as the newer type'\''s identifier (its name) takes it' '
	mkdir i &&
	test_expect_code 3 terrace convert -existing "$here/existing.json" -out i/stack.yaml "$f" >out 2>err &&
	test_line i/stack.yaml "stack: search" &&
	grep -A1 "to: Logs" i/stack.yaml >logs &&
	test_line logs "id: logs" &&
	grep -A1 "to: Small" i/stack.yaml >small &&
	test_line small "id: search-small-1a2b3c4d5e6f" &&
	test_line err "1 construct left out (the warnings above say which and why)" &&
	test_not_contains err "not imported"
'

test_done
