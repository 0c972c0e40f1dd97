import {
  to = awscc_iot_billing_group.example
  id = "billing_group_name"
}