#!/usr/bin/env bash
# bench/terraform.sh: write bench/run.sh's stack for Terraform: the same
# BUCKETS buckets (same tags) and BUCKETS*OBJECTS objects (same keys and
# contents) as hashicorp/aws resources (the CLI configuration that installs
# the provider from the local mirror: terraform_from_mirror in
# tests/servers/lib.sh).
#
#   bench/terraform.sh BUCKETS OBJECTS_PER_BUCKET DIR
set -euo pipefail

buckets=$1 per_bucket=$2 dir=$3

{
	cat <<-'EOF2'
	terraform {
	  required_providers { aws = { source = "hashicorp/aws" } }
	}
	variable "endpoint" { type = string }
	provider "aws" {
	  region                      = "us-east-1"
	  access_key                  = "testing"
	  secret_key                  = "testing"
	  skip_credentials_validation = true
	  skip_requesting_account_id  = true
	  skip_metadata_api_check     = true
	  s3_use_path_style           = true
	  endpoints { s3 = var.endpoint }
	}
	EOF2
	for b in $(seq -w 1 "$buckets"); do
		printf 'resource "aws_s3_bucket" "b%s" {\n  bucket = "tf-bench-bucket-%s"\n  tags   = { n = "%s", team = "bench" }\n}\n' "$b" "$b" "$b"
		for o in $(seq 1 "$per_bucket"); do
			printf 'resource "aws_s3_object" "o%s_%s" {\n  bucket  = aws_s3_bucket.b%s.bucket\n  key     = "data/part-%s.csv"\n  content = "id,value\\n%s,%s\\n"\n}\n' \
				"$b" "$o" "$b" "$o" "$o" "$b"
		done
	done
} >"$dir/main.tf"
