# The lambda and s3-bucket modules' shapes: an owner of at most one
# instance (count = C ? 1 : 0), its split resources counted by their own
# conditions (and one by for_each), naming the owner's [0].
variable "create_role" {
  default = true
}
variable "attach_logs" {
  default = true
}
variable "attach_tracing" {
  default = false
}
variable "policy_jsons" {
  default = ["{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"*\"}]}"]
}
variable "policies" {
  default = { read = true }
}
variable "versioning" {
  default = { enabled = true }
}
locals {
  policy_name = "t1554-fn"
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "logs" {
  count = var.create_role && var.attach_logs ? 1 : 0
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "lambda" {
  count              = var.create_role ? 1 : 0
  name               = "t1554-fn"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "logs" {
  count  = var.create_role && var.attach_logs ? 1 : 0
  name   = "${local.policy_name}-logs"
  role   = aws_iam_role.lambda[0].name
  policy = data.aws_iam_policy_document.logs[0].json
}

resource "aws_iam_role_policy" "tracing" {
  count  = var.create_role && var.attach_tracing ? 1 : 0
  name   = "${local.policy_name}-tracing"
  role   = aws_iam_role.lambda[0].name
  policy = data.aws_iam_policy_document.logs[0].json
}

resource "aws_iam_role_policy" "additional_jsons" {
  count  = var.create_role ? length(var.policy_jsons) : 0
  name   = "${local.policy_name}-${count.index}"
  role   = aws_iam_role.lambda[0].name
  policy = var.policy_jsons[count.index]
}

resource "aws_iam_policy" "read" {
  name = "t1554-fn-read"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "additional_many" {
  for_each   = { for k, v in var.policies : k => v if var.create_role && v }
  role       = aws_iam_role.lambda[0].name
  policy_arn = aws_iam_policy.read.arn
}

resource "aws_s3_bucket" "this" {
  count  = 1
  bucket = "t1554-instances"
}

resource "aws_s3_bucket_versioning" "this" {
  count  = length(keys(var.versioning)) > 0 ? 1 : 0
  bucket = aws_s3_bucket.this[0].id
  versioning_configuration {
    status = try(var.versioning["enabled"] ? "Enabled" : "Suspended", "Suspended")
  }
}

