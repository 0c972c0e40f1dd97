import {
  to = awscc_config_remediation_configuration.example
  identity = {
    config_rule_name = "config_rule_name"
  }
}
