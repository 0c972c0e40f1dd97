# A for_each resource's instances indexed by a for expression's variable,
# and a block whose alternative keys conditionals set to a value or null
# (t1553-convert-terraform-expressions).
variable "names" {
  type    = list(string)
  default = ["a", "b"]
}

variable "ranged" {
  type    = bool
  default = true
}

resource "aws_sqs_queue" "q" {
  for_each = toset(var.names)
  name     = "t1553-${each.key}"
}

resource "awscc_securityhub_automation_rule" "old" {
  rule_order  = 1
  rule_name   = "old"
  description = "archive old findings"
  criteria = {
    created_at = [{
      date_range = var.ranged ? { unit = "DAYS", value = 30 } : null
      start      = var.ranged ? null : "2026-01-01T00:00:00Z"
      end        = var.ranged ? null : "2026-02-01T00:00:00Z"
    }]
  }
  actions = [{
    type                  = "FINDING_FIELDS_UPDATE"
    finding_fields_update = { workflow = { status = "SUPPRESSED" } }
  }]
}

output "arns" {
  value = [for name in var.names : aws_sqs_queue.q[name].arn]
}

# A module's name by a condition (use_name_prefix: name or name_prefix, the
# other null), and a precondition and a postcondition naming self.
variable "use_name_prefix" {
  type    = bool
  default = true
}

variable "retention" {
  type    = number
  default = 345600
}

resource "aws_sqs_queue" "named" {
  name                      = var.use_name_prefix ? null : "t1553-named"
  name_prefix               = var.use_name_prefix ? "t1553-pre-" : null
  message_retention_seconds = var.retention

  lifecycle {
    precondition {
      condition     = var.retention >= 3600
      error_message = "retention ${var.retention} is below an hour"
    }
    postcondition {
      condition     = self.message_retention_seconds == var.retention
      error_message = "the queue keeps messages otherwise"
    }
  }
}

# A terraform_data guarding an input (its precondition a variable's
# validation) and one keeping a value (a local).
variable "suffix" {
  type    = string
  default = ""
}

resource "terraform_data" "guard" {
  lifecycle {
    precondition {
      condition     = length(var.suffix) <= 4
      error_message = "suffix ${var.suffix} is longer than 4"
    }
  }
}

resource "terraform_data" "label" {
  input = { name = "t1553-label${var.suffix}" }
}

output "label" {
  value = terraform_data.label.output.name
}
