import {
  to = awscc_cleanrooms_privacy_budget_template.example
  identity = {
    privacy_budget_template_identifier = "privacy_budget_template_identifier"
    membership_identifier              = "membership_identifier"
  }
}
