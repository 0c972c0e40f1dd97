# The sqs module's shape (terraform-aws-sqs examples/complete): queues of
# at most one instance (count = C ? 1 : 0), a redrive policy and a queue
# policy split off the queue and naming it through [0] (the policy by an
# aws_iam_policy_document of its own count, its statements the module's
# dynamic ones, whose members may be null), a redrive allow policy, and
# max_message_size left to hashicorp/aws's default (null, or unset).
variable "create" {
  default = true
}
variable "create_dlq" {
  default = true
}
variable "max_message_size" {
  default = null
}
variable "redrive_policy" {
  default = {}
}

resource "aws_sqs_queue" "this" {
  count            = var.create ? 1 : 0
  name             = "t1554-work"
  max_message_size = var.max_message_size
}

variable "queue_policy_statements" {
  default = {
    owner = {
      sid     = "Owner"
      actions = ["sqs:SendMessage"]
      principals = [{
        type        = "AWS"
        identifiers = ["arn:aws:iam::123456789012:root"]
      }]
    }
  }
}

# the module's statement: what a statement of the variable does not give
# is null (no NotAction, NotResource; the effect Allow)
data "aws_iam_policy_document" "this" {
  count = var.create ? 1 : 0
  dynamic "statement" {
    for_each = var.queue_policy_statements
    content {
      sid           = try(statement.value.sid, null)
      actions       = try(statement.value.actions, null)
      not_actions   = try(statement.value.not_actions, null)
      effect        = try(statement.value.effect, null)
      resources     = try(statement.value.resources, [aws_sqs_queue.this[0].arn])
      not_resources = try(statement.value.not_resources, null)
      dynamic "principals" {
        for_each = try(statement.value.principals, [])
        content {
          type        = principals.value.type
          identifiers = principals.value.identifiers
        }
      }
    }
  }
}

resource "aws_sqs_queue_policy" "this" {
  count     = var.create ? 1 : 0
  queue_url = aws_sqs_queue.this[0].url
  policy    = data.aws_iam_policy_document.this[0].json
}

resource "aws_sqs_queue_redrive_policy" "this" {
  count     = var.create && !var.create_dlq && length(var.redrive_policy) > 0 ? 1 : 0
  queue_url = aws_sqs_queue.this[0].url
  redrive_policy = jsonencode(var.redrive_policy)
}

resource "aws_sqs_queue_redrive_policy" "dlq" {
  count     = var.create && var.create_dlq ? 1 : 0
  queue_url = aws_sqs_queue.this[0].url
  redrive_policy = jsonencode(merge({
    deadLetterTargetArn = aws_sqs_queue.dlq[0].arn
    maxReceiveCount     = 5
  }, var.redrive_policy))
}

resource "aws_sqs_queue" "dlq" {
  count            = var.create && var.create_dlq ? 1 : 0
  name             = "t1554-work-dlq"
  max_message_size = 2048
}

resource "aws_sqs_queue_redrive_allow_policy" "dlq" {
  count     = var.create && var.create_dlq ? 1 : 0
  queue_url = aws_sqs_queue.dlq[0].url
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.this[0].arn]
  })
}

resource "aws_sqs_queue" "plain" {
  name = "t1554-plain"
}

resource "aws_sqs_queue_redrive_policy" "plain" {
  queue_url = aws_sqs_queue.plain.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[0].arn
    maxReceiveCount     = 3
  })
}
