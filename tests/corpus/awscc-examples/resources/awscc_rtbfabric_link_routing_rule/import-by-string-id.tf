import {
  to = awscc_rtbfabric_link_routing_rule.example
  id = "arn"
}