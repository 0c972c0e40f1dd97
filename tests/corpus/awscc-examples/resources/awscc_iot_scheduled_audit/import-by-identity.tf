import {
  to = awscc_iot_scheduled_audit.example
  identity = {
    scheduled_audit_name = "scheduled_audit_name"
  }
}
