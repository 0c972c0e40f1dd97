import {
  to = awscc_ec2_traffic_mirror_filter_rule.example
  id = "traffic_mirror_filter_rule_id"
}