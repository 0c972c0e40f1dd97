import {
  to = awscc_ses_tenant.example
  identity = {
    tenant_name = "tenant_name"
  }
}
