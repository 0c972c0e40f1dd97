import {
  to = awscc_ssmquicksetup_lifecycle_automation.example
  identity = {
    association_id = "association_id"
  }
}
