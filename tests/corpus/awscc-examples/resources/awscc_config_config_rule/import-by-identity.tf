import {
  to = awscc_config_config_rule.example
  identity = {
    config_rule_name = "config_rule_name"
  }
}
