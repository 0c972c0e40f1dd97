import {
  to = awscc_config_config_rule.example
  id = "config_rule_name"
}