/*
 * A small lake in the awscc provider, with a written type beside it.
 */
locals {
  tags = [{ key = "team", value = "data" }]
  # a key written as a template: the usual EKS trust condition
  trust = {
    "${var.oidc_provider}:aud" = "sts.amazonaws.com"
  }
}

data "aws_caller_identity" "me" {}

resource "awscc_s3_bucket" "raw" {
  bucket_name = "${var.prefix}-raw"
  tags        = local.tags
  lifecycle {
    prevent_destroy = false
  }
}

resource "awscc_logs_log_group" "zone" {
  for_each          = var.zones
  log_group_name    = "/${var.prefix}/${each.key}"
  retention_in_days = each.value.retention
}

resource "awscc_sqs_queue" "events" {
  count      = 2
  queue_name = "${var.prefix}-events-${count.index}"
  depends_on = [awscc_s3_bucket.raw]
}

resource "aws_s3_bucket" "logs" {
  bucket        = "${var.prefix}-logs"
  force_destroy = true
  tags = {
    raw = awscc_s3_bucket.raw.arn
  }
}

resource "awscc_iam_role" "reader" {
  role_name = "${var.prefix}-reader"
  assume_role_policy_document = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::${data.aws_caller_identity.me.account_id}:oidc-provider/${var.oidc_provider}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = { StringEquals = local.trust }
    }]
  })
  policies = [{
    policy_name     = "read"
    policy_document = data.aws_iam_policy_document.read.json
  }]
}

data "aws_iam_policy_document" "read" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${awscc_s3_bucket.raw.arn}/*", "${aws_s3_bucket.logs.arn}/*"]
  }
}

output "raw_arn" {
  value       = awscc_s3_bucket.raw.arn
  description = "the raw bucket"
}

output "logs_bucket" {
  value = aws_s3_bucket.logs.bucket
}
