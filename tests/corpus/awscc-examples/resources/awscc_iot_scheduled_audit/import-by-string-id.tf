import {
  to = awscc_iot_scheduled_audit.example
  id = "scheduled_audit_name"
}