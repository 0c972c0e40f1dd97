# A for expression over a resource's instances (the eventbridge module's
# outputs): v.id, which no instance object holds, and v.arn, which it does.
variable "rules" {
  default = {
    orders = { name = "t1553-orders", bus = "t1553-bus" }
    daily  = { name = "t1553-daily", bus = null }
  }
}

resource "aws_cloudwatch_event_bus" "bus" {
  name = "t1553-bus"
}

resource "aws_cloudwatch_event_rule" "this" {
  for_each            = var.rules
  name                = each.value.name
  event_bus_name      = each.value.bus == null ? null : aws_cloudwatch_event_bus.bus.name
  schedule_expression = each.value.bus == null ? "rate(1 hour)" : null
  event_pattern       = each.value.bus == null ? null : jsonencode({ source = ["t1553"] })
}

output "rule_ids" {
  value = { for k, v in aws_cloudwatch_event_rule.this : k => v.id }
}

output "rule_arns" {
  value = [for v in aws_cloudwatch_event_rule.this : v.arn]
}

output "orders_id" {
  value = aws_cloudwatch_event_rule.this["orders"].id
}

output "daily_id" {
  value = aws_cloudwatch_event_rule.this["daily"].id
}
