import {
  to = awscc_ses_mail_manager_rule_set.example
  identity = {
    rule_set_id = "rule_set_id"
  }
}
