# The modules' outputs: attributes of a resource of count read through
# [0], which terrace's types name otherwise (a role made as awscc.iam.role:
# role_name) or build of what they have (ARNs, owners, a bucket's names).
resource "aws_vpc" "this" {
  count      = 1
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "this" {
  count  = 1
  name   = "t1554-attrs"
  vpc_id = aws_vpc.this[0].id
}

resource "aws_s3_bucket" "this" {
  count  = 1
  bucket = "t1554-attrs"
}

resource "aws_iam_role" "this" {
  count                = 1
  name                 = "t1554-attrs"
  max_session_duration = 7200
  permissions_boundary = "arn:aws:iam::aws:policy/PowerUserAccess"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

output "security_group_arn" {
  value = try(aws_security_group.this[0].arn, "")
}
output "security_group_owner_id" {
  value = try(aws_security_group.this[0].owner_id, "")
}
output "vpc_arn" {
  value = try(aws_vpc.this[0].arn, null)
}
output "bucket_regional_domain_name" {
  value = try(aws_s3_bucket.this[0].bucket_regional_domain_name, "")
}
output "role_name" {
  value = try(aws_iam_role.this[0].name, "")
}

data "aws_partition" "current" {}

output "service_principal" {
  value = "pipes.${data.aws_partition.current.dns_suffix}"
}

output "bucket_hosted_zone_id" {
  value = try(aws_s3_bucket.this[0].hosted_zone_id, "")
}

# the modules' choice of a name or a prefix (use_name_prefix)
variable "prefixed" {
  default = { "t1554-pre-" = true, "t1554-plain" = false }
}

resource "aws_iam_role" "chosen" {
  for_each    = var.prefixed
  name        = each.value ? null : each.key
  name_prefix = each.value ? each.key : null
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}
