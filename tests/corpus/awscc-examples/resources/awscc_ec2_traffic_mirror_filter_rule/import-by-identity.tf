import {
  to = awscc_ec2_traffic_mirror_filter_rule.example
  identity = {
    traffic_mirror_filter_rule_id = "traffic_mirror_filter_rule_id"
  }
}
