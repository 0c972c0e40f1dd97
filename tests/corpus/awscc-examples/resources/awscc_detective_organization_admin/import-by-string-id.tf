import {
  to = awscc_detective_organization_admin.example
  id = "account_id"
}