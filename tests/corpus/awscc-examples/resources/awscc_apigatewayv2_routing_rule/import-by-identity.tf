import {
  to = awscc_apigatewayv2_routing_rule.example
  identity = {
    routing_rule_arn = "routing_rule_arn"
  }
}
