import {
  to = awscc_ssmquicksetup_lifecycle_automation.example
  id = "association_id"
}