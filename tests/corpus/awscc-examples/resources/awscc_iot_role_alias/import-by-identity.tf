import {
  to = awscc_iot_role_alias.example
  identity = {
    role_alias = "role_alias"
  }
}
