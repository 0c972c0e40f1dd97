import {
  to = awscc_kms_alias.example
  id = "alias_name"
}