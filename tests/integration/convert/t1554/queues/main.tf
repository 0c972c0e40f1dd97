# The sqs module's shape (terraform-aws-sqs examples/complete): queues of
# at most one instance (count = C ? 1 : 0), a redrive policy and a queue
# policy split off the queue and naming it through [0] (the policy by an
# aws_iam_policy_document of its own count), a redrive allow policy, and
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

data "aws_iam_policy_document" "this" {
  count = var.create ? 1 : 0
  statement {
    sid       = "Owner"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.this[0].arn]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
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
