import {
  to = awscc_iot_billing_group.example
  identity = {
    billing_group_name = "billing_group_name"
  }
}
