# Policy documents with for_each, count and dynamic statements; a role
# named by name_prefix, one with a permissions boundary
# (t1551-convert-terraform-policies).
variable "services" {
  type    = set(string)
  default = ["lambda", "states"]
}

variable "create" {
  type    = bool
  default = true
}

variable "grants" {
  type = map(object({ actions = list(string), resources = list(string) }))
  default = {
    read = { actions = ["s3:GetObject"], resources = ["arn:aws:s3:::lake/*"] }
  }
}

data "aws_iam_policy_document" "trust" {
  for_each = var.services
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["${each.key}.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "service" {
  for_each           = var.services
  name               = "svc-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.trust[each.key].json
}

data "aws_iam_policy_document" "ec2" {
  count = var.create ? 1 : 0
  statement {
    sid     = "Ec2${count.index}"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "worker" {
  name_prefix          = "worker-"
  assume_role_policy   = data.aws_iam_policy_document.ec2[0].json
}

resource "aws_iam_role" "bounded" {
  name                 = "bounded"
  assume_role_policy   = data.aws_iam_policy_document.ec2[0].json
  permissions_boundary = "arn:aws:iam::123456789012:policy/boundary"
  tags = {
    team = "data"
  }
}

data "aws_iam_policy_document" "grants" {
  statement {
    sid       = "Base"
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::lake"]
  }
  dynamic "statement" {
    for_each = var.grants
    iterator = g
    content {
      sid       = g.key
      actions   = g.value.actions
      resources = g.value.resources
    }
  }
}

resource "aws_iam_policy" "grants" {
  name   = "grants"
  policy = data.aws_iam_policy_document.grants.json
}
