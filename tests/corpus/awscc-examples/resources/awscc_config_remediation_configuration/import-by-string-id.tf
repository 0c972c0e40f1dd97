import {
  to = awscc_config_remediation_configuration.example
  id = "config_rule_name"
}