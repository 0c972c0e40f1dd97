#!/usr/bin/env bash
# bench/refuse-terraform.sh: Terraform with the hashicorp/aws provider on
# the mistakes of tests/corpus/refuse/, for the comparison in
# docs/validation.md. Each case below is the corpus case's stack written as
# HCL (same resources, same mistake); the script runs `terraform validate`
# and, when that passes, `terraform plan` against moto (started on
# loopback), and prints one line per case: NAME, the stage that refused it
# (validate, plan, or "-" when neither did: the mistake would reach AWS at
# apply) and the first line of Terraform's message. Not part of make test.
#
#   [TF_PROVIDER_MIRROR=/opt/tf-plugins] bench/refuse-terraform.sh [CASE...]
set -uo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
command -v terraform >/dev/null || { echo "refuse-terraform: no terraform" >&2; exit 2; }

. "$repo/tests/servers/lib.sh"
servers_init
start_moto || { echo "refuse-terraform: moto did not start" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/refuse-terraform.XXXXXX")
trap 'rm -rf "$work"; servers_stop_all' EXIT

terraform_from_mirror "$work" ||
	{ echo "refuse-terraform: no hashicorp/aws under $TF_MIRROR" >&2; exit 2; }
export TF_IN_AUTOMATION=1 TF_VAR_endpoint=$MOTO_ENDPOINT

cat >"$work/provider.tf" <<'EOF'
terraform {
  required_providers { aws = { source = "hashicorp/aws" } }
}
variable "endpoint" { type = string }
variable "team" {
  type    = string
  default = "Retail"
}
provider "aws" {
  region                      = "us-east-1"
  access_key                  = "testing"
  secret_key                  = "testing"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  s3_use_path_style           = true
  endpoints {
    athena         = var.endpoint
    cloudwatchlogs = var.endpoint
    ec2            = var.endpoint
    events         = var.endpoint
    glue           = var.endpoint
    iam            = var.endpoint
    lambda         = var.endpoint
    s3             = var.endpoint
    scheduler      = var.endpoint
    secretsmanager = var.endpoint
    sfn            = var.endpoint
    sts            = var.endpoint
  }
}
EOF
(cd "$work" && terraform init -input=false >init.out 2>&1) || {
	echo "refuse-terraform: terraform init failed:" >&2; tail -n 20 "$work/init.out" >&2; exit 1; }
printf 'def handler(event, context):\n    return event\n' >"$work/main.py"
(cd "$work" && zip -q main.zip main.py)

ROLE=arn:aws:iam::123456789012:role/refuse-runner

# The HCL snippets the cases share.
bucket () { printf 'resource "aws_s3_bucket" "lake" {\n  bucket = "%s"\n%s\n}\n' "$1" "${2:-}"; }
tags () { local i; printf '  tags = {\n'; for i in $(seq -w 0 $(($1 - 1))); do printf '    k%s = "v"\n' "$i"; done; printf '  }\n'; }
vpc () { printf 'resource "aws_vpc" "net" {\n  cidr_block = "%s"\n%s\n}\n' "${1:-10.0.0.0/16}" "${2:-}"; }
trust='jsonencode({Version = "2012-10-17", Statement = [{Effect = "Allow", Principal = {Service = "glue.amazonaws.com"}, Action = "sts:AssumeRole"}]})'
role () { printf 'resource "aws_iam_role" "etl" {\n  name = "%s"\n  assume_role_policy = %s\n%s\n}\n' "$1" "${2:-$trust}" "${3:-}"; }
policy () { printf 'resource "aws_iam_policy" "read" {\n  name = "%s"\n  policy = jsonencode({Version = "%s", Statement = [%s]})\n}\n' "${3:-refuse-read}" "${2:-2012-10-17}" "$1"; }
sg () {
	vpc
	printf 'resource "aws_security_group" "db" {\n  name = "%s"\n  vpc_id = aws_vpc.net.id\n%s\n}\n' "${1:-warehouse-db}" "${2:-}"
}
ingress () { printf '  ingress {\n    protocol = "%s"\n    from_port = %s\n    to_port = %s\n    cidr_blocks = ["10.0.0.0/16"]\n  }\n' "$@"; }
sg_rule () {
	sg
	printf 'resource "aws_security_group_rule" "r" {\n  type = "ingress"\n  security_group_id = aws_security_group.db.id\n  protocol = "%s"\n  from_port = %s\n  to_port = %s\n  cidr_blocks = ["%s"]\n}\n' "$@"
}
subnet () { vpc; printf 'resource "aws_subnet" "a" {\n  vpc_id = aws_vpc.net.id\n  cidr_block = "%s"\n}\n' "$1"; }
events () { printf 'resource "aws_cloudwatch_event_rule" "nightly" {\n  name = "refuse-nightly"\n  schedule_expression = "%s"\n}\n' "$1"; }
scheduler () {
	printf 'resource "aws_scheduler_schedule" "daily" {\n  name = "refuse-daily"\n  schedule_expression = "%s"\n  flexible_time_window { mode = "OFF" }\n  target {\n    arn = "arn:aws:states:us-east-1:123456789012:stateMachine:refuse"\n    role_arn = "%s"\n  }\n}\n' "$1" "$ROLE"
}
glue_job () {
	printf 'resource "aws_glue_job" "clean" {\n  name = "refuse-clean"\n  role_arn = "%s"\n  command {\n    name = "%s"\n    script_location = "s3://acme-glue-scripts/clean.py"\n  }\n  glue_version = "%s"\n  worker_type = "%s"\n  number_of_workers = %s\n}\n' "$ROLE" "${4:-glueetl}" "${3:-4.0}" "$1" "$2"
}
glue_trigger () {
	glue_job G.1X 2
	printf 'resource "aws_glue_trigger" "nightly" {\n  name = "refuse-nightly"\n  type = "SCHEDULED"\n  schedule = "%s"\n  actions { job_name = aws_glue_job.clean.name }\n}\n' "$1"
}
crawler () {
	printf 'resource "aws_glue_crawler" "lake" {\n  name = "refuse-lake"\n  role = "%s"\n  database_name = "lake"\n  schedule = "%s"\n  s3_target { path = "s3://acme-lake/raw/" }\n}\n' "$ROLE" "$1"
}
log_group () { printf 'resource "aws_cloudwatch_log_group" "logs" {\n  name = "/aws-glue/jobs/refuse"\n  retention_in_days = %s\n}\n' "$1"; }
sfn () { printf 'resource "aws_sfn_state_machine" "pipeline" {\n  name = "refuse-pipeline"\n  role_arn = "%s"\n  definition = jsonencode(%s)\n}\n' "$ROLE" "$1"; }
lambda () {
	printf 'resource "aws_iam_role" "runner" {\n  name = "refuse-lambda"\n  assume_role_policy = jsonencode({Version = "2012-10-17", Statement = [{Effect = "Allow", Principal = {Service = "lambda.amazonaws.com"}, Action = "sts:AssumeRole"}]})\n}\n'
	printf 'resource "aws_lambda_function" "fn" {\n  function_name = "refuse-fn"\n  runtime = "%s"\n  handler = "%s"\n  role = aws_iam_role.runner.arn\n  filename = "main.zip"\n  memory_size = %s\n  timeout = %s\n%s\n}\n' \
		"${1:-python3.12}" "${2:-main.handler}" "${3:-128}" "${4:-3}" "${5:-}"
}
stmt='{Effect = "Allow", Action = "s3:GetObject", Resource = "*"}'

# hcl CASE: the case's HCL on stdout (nothing: no equivalent written).
hcl () {
	case "$1" in
	aws-athena-workgroup--tag-key-too-long)
		printf 'resource "aws_athena_workgroup" "adhoc" {\n  name = "refuse-adhoc"\n  tags = { %s = "x" }\n}\n' "$(printf 'k%.0s' $(seq 130))" ;;
	aws-ec2-security-group--from-above-to) sg warehouse-db "$(ingress tcp 8080 8000)" ;;
	aws-ec2-security-group--name-sg-prefix) sg sg-warehouse ;;
	aws-ec2-security-group--port-above-65535) sg warehouse-db "$(ingress tcp 5432 70000)" ;;
	aws-ec2-security-group--unknown-protocol) sg warehouse-db "$(ingress http 80 80)" ;;
	aws-ec2-security-group-rule--bad-cidr) sg_rule tcp 5432 5432 10.0.0.300/16 ;;
	aws-ec2-security-group-rule--icmp-type) sg_rule icmp 300 -1 10.0.0.0/16 ;;
	aws-ec2-subnet--not-a-cidr) subnet 10.0.1.0 ;;
	aws-ec2-subnet--prefix-too-long) subnet 10.0.1.0/29 ;;
	aws-ec2-subnet--outside-vpc) subnet 10.1.1.0/24 ;;
	aws-ec2-subnet--overlaps-sibling)
		subnet 10.0.1.0/24
		printf 'resource "aws_subnet" "b" {\n  vpc_id = aws_vpc.net.id\n  cidr_block = "10.0.1.128/25"\n}\n' ;;
	aws-ec2-vpc--host-bits-set) vpc 10.0.0.1/16 ;;
	aws-ec2-vpc--prefix-too-short) vpc 10.0.0.0/8 ;;
	aws-ec2-vpc--too-many-tags) vpc 10.0.0.0/16 "$(tags 51)" ;;
	aws-events-rule--cron-five-fields) events 'cron(0 2 * * *)' ;;
	aws-events-rule--cron-no-question-mark) events 'cron(0 2 * * * *)' ;;
	aws-events-rule--rate-five-minute) events 'rate(5 minute)' ;;
	aws-events-rule--rate-one-minutes) events 'rate(1 minutes)' ;;
	aws-glue-crawler--cron-no-question-mark) crawler 'cron(15 2 * * * *)' ;;
	aws-glue-job--g025x-batch) glue_job G.025X 2 ;;
	aws-glue-job--g8x-on-glue-2) glue_job G.8X 10 2.0 ;;
	aws-glue-job--one-worker) glue_job G.1X 1 ;;
	aws-glue-trigger--cron-five-fields) glue_trigger 'cron(15 2 * * *)' ;;
	aws-glue-trigger--rate-schedule) glue_trigger 'rate(1 day)' ;;
	aws-iam-group--name-too-long)
		printf 'resource "aws_iam_group" "engineers" {\n  name = "%s"\n}\n' "$(printf 'data-engineers-%.0s' $(seq 9))" ;;
	aws-iam-instance-profile--bad-path)
		role refuse-etl
		printf 'resource "aws_iam_instance_profile" "profile" {\n  name = "refuse-profile"\n  path = "/etl"\n  role = aws_iam_role.etl.name\n}\n' ;;
	aws-iam-policy--action-without-prefix) policy '{Effect = "Allow", Action = "GetObject", Resource = "*"}' ;;
	aws-iam-policy--bad-version) policy "$stmt" 2024-01-01 ;;
	aws-iam-policy--missing-resource) policy '{Effect = "Allow", Action = "s3:GetObject"}' ;;
	aws-iam-policy--name-with-colon) policy "$stmt" 2012-10-17 lake:read ;;
	aws-iam-policy--principal-in-identity-policy) policy '{Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*"}' ;;
	aws-iam-policy--too-large)
		local s="" i
		for i in $(seq -w 0 89); do
			s="$s${s:+, }{Effect = \"Allow\", Action = \"s3:GetObject\", Resource = \"arn:aws:s3:::acme-lake-00$i/data/*\"}"
		done
		policy "$s" ;;
	aws-iam-policy--unknown-condition-operator)
		policy '{Effect = "Allow", Action = "s3:GetObject", Resource = "*", Condition = {StringEqual = {"aws:PrincipalTag/team" = "data"}}}' ;;
	aws-iam-role--inline-lowercase-effect)
		role refuse-etl "$trust" '  inline_policy {
    name = "read-lake"
    policy = jsonencode({Version = "2012-10-17", Statement = [{Effect = "allow", Action = "s3:GetObject", Resource = "*"}]})
  }
' ;;
	aws-iam-role--name-too-long) role refuse-etl-runner-for-the-nightly-retail-batch-and-its-many-friends ;;
	aws-iam-role--name-with-space) role "etl runner" ;;
	aws-iam-role--path-without-slash) role refuse-etl "$trust" '  path = "etl"
' ;;
	aws-iam-role--session-too-long) role refuse-etl "$trust" '  max_session_duration = 86400
' ;;
	aws-iam-role--trust-with-resource)
		role refuse-etl 'jsonencode({Version = "2012-10-17", Statement = [{Effect = "Allow", Principal = {Service = "glue.amazonaws.com"}, Action = "sts:AssumeRole", Resource = "*"}]})' ;;
	aws-iam-role--trust-without-principal)
		role refuse-etl 'jsonencode({Version = "2012-10-17", Statement = [{Effect = "Allow", Action = "sts:AssumeRole"}]})' ;;
	aws-iam-user--name-with-slash) printf 'resource "aws_iam_user" "deployer" {\n  name = "ci/deployer"\n}\n' ;;
	aws-lambda-function--deprecated-runtime) lambda python3.7 ;;
	aws-lambda-function--handler-with-space) lambda python3.12 "main handler" ;;
	aws-lambda-function--memory-64) lambda python3.12 main.handler 64 ;;
	aws-lambda-function--runtime-without-version) lambda python3 ;;
	aws-lambda-function--tag-value-too-long)
		lambda python3.12 main.handler 128 3 "  tags = { owner = \"$(printf 'x%.0s' $(seq 300))\" }
" ;;
	aws-lambda-function--timeout-901) lambda python3.12 main.handler 128 901 ;;
	aws-logs-log-group--retention-31) log_group 31 ;;
	aws-logs-log-group--retention-two-years) log_group 730 ;;
	aws-s3-bucket--adjacent-periods) bucket acme..lake ;;
	aws-s3-bucket--aws-tag-prefix) bucket acme-lake-tag '  tags = { "aws:team" = "data" }
' ;;
	aws-s3-bucket--ip-address) bucket 192.168.10.20 ;;
	aws-s3-bucket--name-from-variable) bucket '${var.team}-lake' ;;
	aws-s3-bucket--name-known-at-apply) vpc; bucket 'Lake-${aws_vpc.net.id}' ;;
	aws-s3-bucket--policy-without-principal)
		bucket acme-lake-pol
		printf 'resource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.lake.id\n  policy = jsonencode({Version = "2012-10-17", Statement = [{Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-lake-pol/*"}]})\n}\n' ;;
	aws-s3-bucket--s3alias-suffix) bucket acme-lake-s3alias ;;
	aws-s3-bucket--too-many-tags) bucket acme-lake-tags "$(tags 51)" ;;
	aws-s3-bucket--too-short) bucket ab ;;
	aws-s3-bucket--underscore-name) bucket acme_lake ;;
	aws-s3-bucket--uppercase-name) bucket Acme-Lake ;;
	aws-s3-bucket--xn-prefix) bucket xn--acme-lake ;;
	aws-scheduler-schedule--at-with-space) scheduler 'at(2026-12-31 23:00:00)' ;;
	aws-scheduler-schedule--cron-no-question-mark) scheduler 'cron(0 2 * * * *)' ;;
	aws-secretsmanager-secret--aws-tag-prefix)
		printf 'resource "aws_secretsmanager_secret" "dsn" {\n  name = "refuse/dsn"\n  tags = { "aws:owner" = "data" }\n}\n' ;;
	aws-sfn-state-machine--catch-not-a-state)
		sfn '{StartAt = "Load", States = {Load = {Type = "Task", Resource = "arn:aws:states:::glue:startJobRun.sync", Parameters = {JobName = "refuse-clean"}, Catch = [{ErrorEquals = ["States.ALL"], Next = "Alert"}], End = true}}}' ;;
	aws-sfn-state-machine--next-not-a-state)
		sfn '{StartAt = "Extract", States = {Extract = {Type = "Pass", Next = "Load"}, Done = {Type = "Succeed"}}}' ;;
	aws-sfn-state-machine--no-terminal-state)
		sfn '{StartAt = "Poll", States = {Poll = {Type = "Wait", Seconds = 60, Next = "Check"}, Check = {Type = "Pass", Next = "Poll"}}}' ;;
	aws-sfn-state-machine--start-at-missing)
		sfn '{StartAt = "Begin", States = {Done = {Type = "Succeed"}}}' ;;
	aws-sfn-state-machine--task-resource-not-arn)
		sfn '{StartAt = "Load", States = {Load = {Type = "Task", Resource = "load-orders", End = true}}}' ;;
	esac
}

# The bucket with 51 tags: terraform adds none of its own, so the case's
# 49 + terrace's 2 are 51 here too.
cases=("$@")
if test ${#cases[@]} -eq 0; then
	for f in "$repo"/tests/corpus/refuse/*.yaml; do
		cases+=("$(basename "$f" .yaml)")
	done
fi

count=0 at_validate=0 at_plan=0 not_before=0 no_hcl=0
for name in "${cases[@]}"; do
	rm -f "$work/case.tf"
	hcl "$name" >"$work/case.tf"
	if ! test -s "$work/case.tf"; then
		printf '%s\tno HCL\t\n' "$name"
		no_hcl=$((no_hcl + 1))
		continue
	fi
	count=$((count + 1))
	if ! (cd "$work" && terraform validate -no-color >out 2>err); then
		stage=validate at_validate=$((at_validate + 1))
	elif ! (cd "$work" && terraform plan -no-color -input=false -lock=false >out 2>err); then
		stage=plan at_plan=$((at_plan + 1))
	else
		stage=- not_before=$((not_before + 1))
	fi
	why=$(grep -m1 -E '^(│ )?Error: ' "$work/err" 2>/dev/null | sed 's/^│ //')
	detail=$(grep -A3 -m1 -E '^(│ )?Error: ' "$work/err" 2>/dev/null | sed -n '3,4p' | sed 's/^│ *//' | tr '\n' ' ')
	printf '%s\t%s\t%s %s\n' "$name" "$stage" "$why" "$detail"
done
echo "# terraform $(terraform version | head -n 1 | cut -d' ' -f2), hashicorp/aws $(ls "$TF_MIRROR/registry.terraform.io/hashicorp/aws" | head -n 1):" \
	"$count cases written as HCL ($no_hcl without): refused at validate $at_validate," \
	"at plan $at_plan, not before apply $not_before"
