import {
  to = awscc_cleanrooms_privacy_budget_template.example
  id = "privacy_budget_template_identifier|membership_identifier"
}