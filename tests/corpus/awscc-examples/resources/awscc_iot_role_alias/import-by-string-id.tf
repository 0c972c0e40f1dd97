import {
  to = awscc_iot_role_alias.example
  id = "role_alias"
}