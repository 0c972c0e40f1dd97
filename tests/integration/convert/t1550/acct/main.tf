# A module as terraform-aws-modules write them (t1550-convert-terraform-
# modules): lookups with count, referred to by index; a role that becomes
# its awscc twin (permissions_boundary), referred to by index through try();
# outputs of what the conversion leaves out, which its caller never passes.
variable "create" {
  type    = bool
  default = true
}

data "aws_partition" "current" {
  count = var.create ? 1 : 0
}

data "aws_caller_identity" "current" {}

resource "aws_iam_role" "this" {
  count                = var.create ? 1 : 0
  name                 = "t1550-role"
  permissions_boundary = "arn:aws:iam::aws:policy/PowerUserAccess"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.${data.aws_partition.current[0].dns_suffix}" }
    }]
  })
}

resource "aws_lambda_function" "this" {
  count         = var.create ? 1 : 0
  function_name = "t1550-fn"
  role          = aws_iam_role.this[0].arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
}

output "role_name" {
  value = try(aws_iam_role.this[0].name, "")
}

output "role_unique_id" {
  value = try(aws_iam_role.this[0].unique_id, "")
}

output "account" {
  value = data.aws_caller_identity.current.id
}

output "invoke_arn" {
  value = try(aws_lambda_function.this[0].invoke_arn, "")
}

terraform {
  provider_meta "aws" {
    user_agent = ["t1550"]
  }
}

output "qualified_arn" {
  value = try(aws_lambda_function.this[0].qualified_arn, "")
}

output "code_size" {
  value = try(aws_lambda_function.this[0].source_code_size, 0)
}
