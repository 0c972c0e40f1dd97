import {
  to = awscc_iot_topic_rule.example
  identity = {
    rule_name = "rule_name"
  }
}
