import {
  to = awscc_detective_organization_admin.example
  identity = {
    account_id = "account_id"
  }
}
