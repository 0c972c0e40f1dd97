import {
  to = awscc_apigatewayv2_routing_rule.example
  id = "routing_rule_arn"
}