import {
  to = awscc_iot_topic_rule.example
  id = "rule_name"
}