import {
  to = awscc_ses_mail_manager_rule_set.example
  id = "rule_set_id"
}