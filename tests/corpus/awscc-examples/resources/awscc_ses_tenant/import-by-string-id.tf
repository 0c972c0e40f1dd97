import {
  to = awscc_ses_tenant.example
  id = "tenant_name"
}