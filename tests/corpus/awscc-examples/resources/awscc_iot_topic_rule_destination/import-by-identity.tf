import {
  to = awscc_iot_topic_rule_destination.example
  identity = {
    arn = "arn"
  }
}
